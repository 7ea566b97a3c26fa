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
    awaited(target, method, &[JsValue::UNDEFINED])
        .await
        .map_err(|_| ())
}

/// The value a promise-returning `target.method(args…)` settles to; its
/// rejection (or a throw) as the value thrown, to read its `name` from
/// ([`error_name`]).
pub(crate) async fn awaited(
    target: &JsValue,
    method: &str,
    args: &[JsValue],
) -> Result<JsValue, JsValue> {
    let f: Function = get(target, method)
        .map_err(|()| JsValue::UNDEFINED)?
        .unchecked_into();
    let value = match args {
        [a] => f.call1(target, a),
        [a, b] => f.call2(target, a, b),
        _ => return Err(JsValue::UNDEFINED),
    }?;
    if value.is_undefined() || value.is_null() {
        return Err(JsValue::UNDEFINED);
    }
    JsFuture::from(value.unchecked_into::<Promise>()).await
}

/// The `name` of a thrown value (a `DOMException`'s: "NotFoundError",
/// "NotAllowedError", "QuotaExceededError"…), or "" for anything else.
pub(crate) fn error_name(thrown: &JsValue) -> String {
    get(thrown, "name")
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}

/// A plain object of string fields: `{mode: "readwrite"}`.
pub(crate) fn object(fields: &[(&str, &JsValue)]) -> JsValue {
    let o: JsValue = js_sys::Object::new().into();
    for (name, value) in fields {
        let _ = Reflect::set(&o, &JsValue::from_str(name), value);
    }
    o
}

thread_local! {
    /// The IndexedDB databases open in this page, by name.
    static DATABASES: std::cell::RefCell<Vec<(&'static str, JsValue)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The IndexedDB database `name` (version 1, with the one object store
/// `store`), opened once per page.
pub(crate) async fn database(name: &'static str, store: &'static str) -> Result<JsValue, ()> {
    if let Some(db) = DATABASES.with(|d| {
        d.borrow()
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, db)| db.clone())
    }) {
        return Ok(db);
    }
    let factory = get(&js_sys::global(), "indexedDB")?;
    if factory.is_undefined() || factory.is_null() {
        return Err(());
    }
    let request = call(
        &factory,
        "open",
        &[JsValue::from_str(name), JsValue::from(1)],
    )?;
    let create = wasm_bindgen::closure::Closure::once_into_js(move |event: JsValue| {
        let db = get(&event, "target").and_then(|t| get(&t, "result"));
        if let Ok(db) = db {
            let _ = call(&db, "createObjectStore", &[JsValue::from_str(store)]);
        }
    });
    Reflect::set(&request, &JsValue::from_str("onupgradeneeded"), &create).map_err(|_| ())?;
    until(&request, "onsuccess").await?;
    let db = get(&request, "result")?;
    DATABASES.with(|d| d.borrow_mut().push((name, db.clone())));
    Ok(db)
}

/// The object store `store` of `db` in a new transaction of `mode`
/// ("readonly", "readwrite"): the transaction and the store.
pub(crate) fn object_store(
    db: &JsValue,
    store: &str,
    mode: &str,
) -> Result<(JsValue, JsValue), ()> {
    let tx = call(
        db,
        "transaction",
        &[JsValue::from_str(store), JsValue::from_str(mode)],
    )?;
    let os = call(&tx, "objectStore", &[JsValue::from_str(store)])?;
    Ok((tx, os))
}
