/** Deterministic data for the battery: seeded random numbers, valid credit codes, roster rows. */

/** mulberry32: a small seeded PRNG, so every run tries the same hostile files. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const randInt = (rand: () => number, lo: number, hiExclusive: number) => lo + Math.floor(rand() * (hiExclusive - lo));

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The 18th character of a 统一社会信用代码 (GB 32100-2015). */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  return USCC_CHARS[(31 - (sum % 31)) % 31]!;
}

/** A valid code: `prefix` (10 characters, e.g. 92140221MA) + a 7-digit serial + the check. */
export function uscc(prefix: string, n: number): string {
  const first17 = `${prefix}${String(n).padStart(7, '0')}`;
  return first17 + usccCheckChar(first17);
}

export const ROSTER_HEADER = ['统一社会信用代码', '名称', '法定代表人', '住所', '所属区域', '主体类型', '登记状态', '信用风险分类'];

/** The seed database's 20 entities. */
export const SEED_ENTITIES = Array.from({ length: 20 }, (_, i) => ({
  code: uscc('92140221MA', i),
  name: `大同县测试商贸${i}号店`,
}));

export function seedRosterRows(): string[][] {
  return [
    ROSTER_HEADER,
    ...SEED_ENTITIES.map((e) => [e.code, e.name, '张三', '山西省大同市大同县西坪镇', '西坪镇', '个体工商户', '存续', 'B']),
  ];
}

const WORDS = '华兴隆盛泰丰源达鑫宏远恒通昌明福祥瑞安康和顺利发金银山水田园春秋东西南北中新旺'.split('');
const KINDS = ['商贸有限公司', '食品加工厂', '五金店', '超市', '农民专业合作社', '汽车修理厂', '建材经营部', '餐饮店'];
const TOWNS = ['西坪镇', '倍加造镇', '聚乐乡', '周士庄镇', '吉家庄乡', '峰峪乡', '许堡乡', '党留庄乡'];

/** `count` new entities with codes under `prefix` (never the seed's), as roster rows. */
export function* newRosterRows(prefix: string, count: number, seed = 7): Generator<string[]> {
  const rand = prng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)]!;
  for (let i = 0; i < count; i++) {
    const town = pick(TOWNS);
    yield [
      uscc(prefix, i),
      `大同县${pick(WORDS)}${pick(WORDS)}${pick(WORDS)}${pick(KINDS)}${i}`,
      `${pick(['王', '李', '张', '刘', '陈'])}${pick(WORDS)}${pick(WORDS)}`,
      `山西省大同市大同县${town}${pick(WORDS)}${pick(WORDS)}村${i % 300}号`,
      town,
      pick(['个体工商户', '企业', '农民专业合作社']),
      '存续',
      pick(['A', 'B', 'C', 'D']),
    ];
  }
}

export const INSPECTOR_HEADER = ['姓名', '执法证号', '执法证有效期', '所属科室', '执法领域', '在岗状态'];
export const SEED_INSPECTORS = Array.from({ length: 6 }, (_, i) => [
  `检查员${'甲乙丙丁戊己'[i]}`,
  `1402000${i}`,
  '2099-12-31',
  '西坪市场监管所',
  '食品安全',
  '在岗',
]);
