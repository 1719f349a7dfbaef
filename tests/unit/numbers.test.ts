import { describe, expect, it } from 'vitest';
import { evaluateDerivation, numbersIn, parseNumeral, roundingTolerance, textStatesNumber } from '@/lib/data/numbers';

describe('numbersIn reads the figures the seeds write', () => {
  it.each([
    ['ninety eight of the 139 members', [98, 139]],
    ['seventy-five of the eighty members', [75, 80]],
    ['Half of the officer corps, more than 35,000 men', [50, 35000]],
    ['nearly three quarters of a million troops', [750000]],
    ['approximately *19 million arrests*', [19000000]],
    ['Party membership grew from 400,000 to 1,2 million by 1927.', [400000, 1200000, 1927]],
    ['as many as 20-25 million people, which was 12-15 per cent', [20000000, 25000000, 12, 15]],
    ['Two-thirds of the officer corps were arrested', [2, 3]],
    ['Their membership stood at between 5 and 8,000 at maximum.', [5000, 8000]],
    ['one person in five in Leningrad', [1, 5]],
    ['the remaining 200 had only completed the courses', [200]],
    ['both first-rank fleet admirals', [2]],
    ['Seventeen of Yagoda\'s eighteen commissars', [17, 18]],
    ['nearly six and a half million votes', [6500000]],
    ['one hundred and ten', [110]],
    ['a group of nearly a hundred', [100]],
    ['The horned stock of Gremyachy was halved in two nights.', [50, 2]],
    ['In 1930 it increased dramatically to 23.6 per cent', [1930, 23.6]],
  ])('%s', (text, expected) => {
    const found = numbersIn(text);
    for (const n of expected) expect(found, `${n} in ${found.join(', ')}`).toContain(n);
  });

  it('does not run numbers across punctuation', () => {
    const found = numbersIn('one day out of three, thirty to forty prisoners');
    expect(found).toContain(30);
    expect(found).toContain(40);
    expect(found).not.toContain(33);
  });

  it('fractions give the share as a percentage', () => {
    expect(textStatesNumber('Two-thirds of the officer corps', 2 / 3 * 100)).toBe(true);
    expect(textStatesNumber('sugar beet fell by half', 50)).toBe(true);
    expect(textStatesNumber('sugar beet fell by half', 40)).toBe(false);
  });

  it('reads a decimal comma only where it cannot be a thousands separator', () => {
    expect(parseNumeral('1,966')).toBe(1966);
    expect(parseNumeral('1,2')).toBe(1.2);
    expect(parseNumeral('1,660,000')).toBe(1660000);
  });
});

describe('derivations', () => {
  it('evaluates arithmetic with precedence and parentheses', () => {
    expect(evaluateDerivation('2/3*100')).toBeCloseTo(66.6667, 3);
    expect(evaluateDerivation('225-25-200')).toBe(0);
    expect(evaluateDerivation('(139 - 110) * 2')).toBe(58);
  });
  it('rejects anything but arithmetic', () => {
    expect(() => evaluateDerivation('process.exit()')).toThrow(/expected a number/);
    expect(() => evaluateDerivation('2/3*')).toThrow();
    expect(() => evaluateDerivation('')).toThrow(/empty/);
  });
  it('tolerates rounding to the precision shown', () => {
    expect(roundingTolerance(66.7)).toBeCloseTo(0.05);
    expect(roundingTolerance(67)).toBeCloseTo(0.5);
  });
});

describe('round plurals and "not one"', () => {
  it('reads a round plural with no number before it as its floor, and "not one" as 0', () => {
    expect(numbersIn('tens of thousands of party activists')).toContain(10000);
    expect(numbersIn('in the hundreds of thousands (that is the low estimate)')).toContain(100000);
    expect(numbersIn('dying by the dozens every day')).toContain(12);
    expect(numbersIn('millions of peasants')).toContain(1000000);
    expect(numbersIn('not one of them')).toContain(0);
    // a number before it is read as before: "two thousands" is 2,000, not a floor of 1,000
    expect(numbersIn('two thousands')).not.toContain(1000);
  });
});
