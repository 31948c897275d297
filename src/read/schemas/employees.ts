// <year>/employees.csv (inputs.md): one row per employment during the year.

import type { Employment } from '../../model/records.ts';
import { EmploymentOverlaps } from '../employment-overlap.ts';
import { defineColumns } from '../columns.ts';
import type { Schema } from '../schema.ts';
import { GENDERS, ORIGINS } from '../words.ts';

const [EMPLOYEE_ID, GENDER, BIRTH_YEAR, ORIGIN, HIRE_DATE, END_DATE, FTE, IS_MANAGER, GRADUATION_DATE, DEPARTMENT] = defineColumns([
  { name: 'employee_id', danish: 'medarbejder_id', required: true, type: 'text' },
  { name: 'gender', danish: 'køn', required: true },
  { name: 'birth_year', danish: 'fødselsår', required: true },
  { name: 'origin', danish: 'oprindelse', required: true },
  { name: 'hire_date', danish: 'ansættelsesdato', required: true },
  { name: 'end_date', danish: 'fratrædelsesdato' },
  { name: 'fte', danish: 'årsværk', required: true, type: 'number' },
  { name: 'is_manager', danish: 'leder', required: true },
  { name: 'graduation_date', danish: 'dimissionsdato' },
  { name: 'department', danish: 'afdeling', type: 'text' },
] as const);

export const employeesSchema: Schema<Employment> = {
  columns: [EMPLOYEE_ID, GENDER, BIRTH_YEAR, ORIGIN, HIRE_DATE, END_DATE, FTE, IS_MANAGER, GRADUATION_DATE, DEPARTMENT],
  acceptDanish: true,
  hidesValues: true,
  start(ctx) {
    const overlaps = new EmploymentOverlaps();
    const first = ctx.year === null ? null : `${ctx.year}-01-01`;
    const last = ctx.year === null ? null : `${ctx.year}-12-31`;
    return (r) => {
      const employeeId = r.text(EMPLOYEE_ID, true);
      const gender = r.word(GENDER, false, GENDERS) ?? 'undisclosed';
      const birthYear = r.year(BIRTH_YEAR, true);
      const origin = r.word(ORIGIN, false, ORIGINS) ?? 'undisclosed';
      const hireDate = r.date(HIRE_DATE, true);
      const endDate = r.date(END_DATE, false);
      const fte = r.number(FTE, true);
      const isManager = r.yesNo(IS_MANAGER, true);
      const graduationDate = r.date(GRADUATION_DATE, false);
      const department = r.text(DEPARTMENT, false);
      if (fte !== null && fte > 1) r.error(FTE, `${r.shown(FTE)} is more than 1 (a full-time employee is 1)`);
      if (fte !== null && fte <= 0) r.error(FTE, `${r.shown(FTE)} is not more than 0; write the share of full time, from above 0 up to 1`);
      if (hireDate !== null && endDate !== null && endDate < hireDate) {
        r.error(END_DATE, `${r.shown(END_DATE)} is before the hire date; the end date is the last day employed`);
      }
      if (last !== null && hireDate !== null && hireDate > last) {
        r.error(HIRE_DATE, `${r.shown(HIRE_DATE)} is after 31 December ${ctx.year}: the employment does not exist during ${ctx.year}; remove the row from this year's file`);
      }
      if (first !== null && endDate !== null && endDate < first) {
        r.error(END_DATE, `${r.shown(END_DATE)} is before 1 January ${ctx.year}: the employment does not exist during ${ctx.year}; remove the row from this year's file`);
      }
      if (!r.ok || employeeId === null || birthYear === null || hireDate === null || fte === null || isManager === null) return null;
      const earlier = overlaps.check(employeeId, hireDate, endDate, r.line);
      if (earlier !== null) {
        r.error(EMPLOYEE_ID, `this employee id already has an employment on line ${earlier} that overlaps this one; the same id may only have employments that share no day (a re-hire)`);
        return null;
      }
      return { line: r.line, employeeId, gender, birthYear, origin, hireDate, endDate, fte, isManager, graduationDate, department };
    };
  },
};
