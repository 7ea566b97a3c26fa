//! Browser objects reached through `js_sys::Reflect` and the two function
//! calls the app already imports (`call1`, `call2`), for code that loads on
//! demand: every web-sys method is an import of the main module, which a
//! lazily loaded chunk cannot take with it (docs/perf.md). IndexedDB
//! (`store::archive`) and the storage manager (`ui::browser::keeping`) go
//! this way, and cost the first visit nothing.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// `target[name]`.
pub(crate) fn get(target: &JsValue, name: &str) -> Result<JsValue, ()> {
    Reflect::get(target, &JsValue::from_str(name)).map_err(|_| ())
}

/// `target.method(a)` or `target.method(a, b)` (a method of no argument
/// is given `undefined`, which it never reads).
pub(crate) fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, ()> {
    // Unchecked (a check would be one more import): calling what is not a
    // function throws, which is the `Err`.
    let f: Function = get(target, method)?.unchecked_into();
    match args {
        [a] => f.call1(target, a),
        [a, b] => f.call2(target, a, b),
        _ => return Err(()),
    }
    .map_err(|_| ())
}

/// Until `target` (a request, a transaction) fires `ok` (success,
/// complete); an error or an abort first is an `Err`. Requests and
/// transactions are awaited as promises whose `resolve` and `reject` are the
/// handlers themselves.
pub(crate) async fn until(target: &JsValue, ok: &str) -> Result<JsValue, ()> {
    let promise = Promise::new(&mut |resolve, reject| {
        let _ = Reflect::set(target, &JsValue::from_str(ok), &resolve);
        let _ = Reflect::set(target, &JsValue::from_str("onerror"), &reject);
        let _ = Reflect::set(target, &JsValue::from_str("onabort"), &reject);
    });
    JsFuture::from(promise).await.map_err(|_| ())
}

/// The value a promise-returning `target.method()` settles to.
pub(crate) async fn settled(target: &JsValue, method: &str) -> Result<JsValue, ()> {
    let value = call(target, method, &[JsValue::UNDEFINED])?;
    if value.is_undefined() || value.is_null() {
        return Err(());
    }
    let promise: Promise = value.unchecked_into();
    JsFuture::from(promise).await.map_err(|_| ())
}
