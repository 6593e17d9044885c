import { describe, expect, it } from 'vitest';
import { bindValues, toPositional } from '../named-params';

describe('named parameters for a driver that binds by position', () => {
  it('numbers each name once, in order of first use', () => {
    const query = toPositional('SELECT * FROM t WHERE a = @a AND b > @b OR a2 = @a');
    expect(query).toEqual({
      text: 'SELECT * FROM t WHERE a = $1 AND b > $2 OR a2 = $1',
      names: ['a', 'b'],
    });
    expect(bindValues(query, { b: 2, a: 'x' })).toEqual(['x', 2]);
  });

  it('leaves @ in string literals, quoted names and comments, and casts, alone', () => {
    const sql = `SELECT '@lit''@still', "@col", x::text -- @comment
      /* @block */ FROM t WHERE id = @id`;
    const query = toPositional(sql);
    expect(query.names).toEqual(['id']);
    expect(query.text).toBe(sql.replace('@id', '$1'));
  });

  it('refuses a missing value instead of binding NULL', () => {
    expect(() => bindValues(toPositional('SELECT @known, @typo'), { known: 1 })).toThrow(
      'No value for SQL parameter @typo',
    );
  });
});
