import { useEffect, useState } from 'react';
import PersonOutlinedIcon from '@mui/icons-material/PersonOutlined';
import Button from '@mui/material/Button';
import { SignInDialog } from './SignInDialog.tsx';
import { useSignedIn } from './use-signed-in.ts';

// Asked once per start of the program: 暂不选择 is an answer, not to be asked again on every screen.
let askedAtStart = false;

/** The app bar's “who works here”: the signed-in name, a click to switch; asks at start if nobody is. */
export function SignedInButton() {
  const signedIn = useSignedIn();
  const [open, setOpen] = useState(false);
  const person = signedIn?.person ?? null;
  useEffect(() => {
    if (!signedIn || askedAtStart) return;
    askedAtStart = true;
    if (!signedIn.person && signedIn.activeStaff > 0) setOpen(true);
  }, [signedIn]);
  if (!signedIn || (signedIn.activeStaff === 0 && !person)) return null;
  return (
    <>
      <Button
        color="inherit"
        size="small"
        startIcon={<PersonOutlinedIcon />}
        onClick={() => setOpen(true)}
        title="切换本机当前登录的人员"
        data-testid="signed-in"
        sx={{ ml: 'auto', textTransform: 'none' }}
      >
        {person ? `当前：${person.name}` : '未登录'}
      </Button>
      {open && <SignInDialog current={person?.name ?? null} onClose={() => setOpen(false)} />}
    </>
  );
}
