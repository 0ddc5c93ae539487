/** A parameter value before flattening: RPC requests carry only strings, so everything is one of these. */
export type RpcValue = string | number | boolean | RpcValue[] | { [key: string]: RpcValue | undefined };

/**
 * Turns structured parameters into the flat keys an RPC request carries: a list becomes `Name.1`, `Name.2`, ...
 * (1-based, as ESS's `InstanceId.N`), an object inside a list `Name.1.Field`. Undefined values are left out.
 */
export function flattenParams(params: Record<string, RpcValue | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  const put = (key: string, value: RpcValue | undefined): void => {
    if (value === undefined) return;
    if (Array.isArray(value)) value.forEach((item, index) => put(`${key}.${index + 1}`, item));
    else if (typeof value === 'object') for (const [field, inner] of Object.entries(value)) put(`${key}.${field}`, inner);
    else flat[key] = String(value);
  };
  for (const [key, value] of Object.entries(params)) put(key, value);
  return flat;
}
