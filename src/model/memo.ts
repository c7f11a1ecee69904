/**
 * Remembers the last call: the same arguments (compared by identity) give the same result without computing it
 * again. What a widget needs to derive lists from a feed at each render without redoing the work of the last one.
 */
export function lastCall<Args extends readonly unknown[], Result>(compute: (...args: Args) => Result): (...args: Args) => Result {
  let last: { args: Args; result: Result } | undefined;
  return (...args: Args): Result => {
    if (last && last.args.length === args.length && last.args.every((arg, index) => Object.is(arg, args[index]))) return last.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}
