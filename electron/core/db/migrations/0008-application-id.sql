-- Marks the file as this program's own. SQLite keeps a 32-bit "application_id" in the file header
-- (offset 68) for exactly this: 0x53534A31 = 'SSJ1' in ASCII (双随机, format 1), written in
-- decimal because PRAGMA takes no hex. Opening a file refuses a non-empty SQLite database without
-- this mark (another program's data given by mistake is left untouched instead of getting our
-- tables); files made before this migration carry 0 and are recognised by their tables instead
-- (app-identity.ts). The value never changes: a different one would make every existing file
-- foreign. Header pragmas are part of the migration's transaction, so the mark lands with it.
PRAGMA application_id = 1397967409;
