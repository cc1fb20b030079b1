// What the widget keeps in localStorage: the visitor's zone, clock,
// draft and message language. Every access is wrapped (private modes and sandboxed frames throw,
// a full quota refuses writes).

export const KEY_TZ = 'otel-feedback:tz';
export const KEY_HOUR12 = 'otel-feedback:hour12';
export const KEY_DRAFT = 'otel-feedback:draft';
// The language the visitor chose for the composed message (the page's).
export const KEY_MSG_LANG = 'otel-feedback:message-lang';

// `wanted`: false when the page turned storage off (`storage="off"`):
// nothing is read or written then. `set` answers whether the value was
// kept (false when the browser refused it: blocked, or full).
export function openStore(wanted) {
  let s = null;
  try {
    s = wanted ? localStorage : null;
  } catch {
    // blocked
  }
  return {
    off: !wanted,
    get(k) {
      try {
        return s && s.getItem(k);
      } catch {
        return null;
      }
    },
    set(k, v) {
      try {
        if (v === null) s.removeItem(k);
        else s.setItem(k, v);
        return true;
      } catch {
        return false;
      }
    },
  };
}
