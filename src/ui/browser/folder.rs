//! The data folder through the File System Access API (desktop Chrome and
//! Edge): choosing it, keeping its handle in IndexedDB for the next visit,
//! its permission, reading every file in it and writing this browser's own,
//! atomically (`createWritable` writes a copy that `close` puts in place).
//! Reached through `crate::js`, like IndexedDB: only the folder's chunk
//! loads this. What the files mean is `store::folder`.

use wasm_bindgen::JsValue;

use crate::js::{awaited, call, error_name, get, object, settled, until};
pub use crate::store::folder::Fault;

/// The database and object store that keep the folder's handle.
const DB: &str = "benefits-desk-folder";
const HANDLES: &str = "handles";

fn fault(thrown: &JsValue) -> Fault {
    Fault::of_name(&error_name(thrown))
}

/// Whether this browser can keep data in a folder.
pub fn supported() -> bool {
    get(&js_sys::global(), "showDirectoryPicker").is_ok_and(|f| !f.is_falsy())
}

/// Ask the admin for a folder (the browser's picker).
///
/// # Errors
/// [`Fault::Cancelled`] when the picker is closed, else why it failed.
pub async fn pick() -> Result<JsValue, Fault> {
    let options = object(&[
        ("id", &JsValue::from_str("benefits-desk")),
        ("mode", &JsValue::from_str("readwrite")),
    ]);
    awaited(&js_sys::global(), "showDirectoryPicker", &[options])
        .await
        .map_err(|e| fault(&e))
}

/// The folder's name as the browser shows it.
pub fn name(handle: &JsValue) -> String {
    get(handle, "name")
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}

/// Keep `handle` for the next visit (None: forget it).
///
/// # Errors
/// IndexedDB missing or refusing.
pub async fn keep(handle: Option<&JsValue>) -> Result<(), ()> {
    let db = crate::js::database(DB, HANDLES).await?;
    let (tx, store) = crate::js::object_store(&db, HANDLES, "readwrite")?;
    let key = JsValue::from_str("folder");
    match handle {
        Some(h) => call(&store, "put", &[h.clone(), key])?,
        None => call(&store, "delete", &[key])?,
    };
    until(&tx, "oncomplete").await.map(|_| ())
}

/// The handle kept by an earlier visit.
///
/// # Errors
/// [`Fault::Gone`] when none is kept or IndexedDB cannot say.
pub async fn kept() -> Result<JsValue, Fault> {
    let db = crate::js::database(DB, HANDLES)
        .await
        .map_err(|()| Fault::Gone)?;
    let (_, store) = crate::js::object_store(&db, HANDLES, "readonly").map_err(|()| Fault::Gone)?;
    let request = call(&store, "get", &[JsValue::from_str("folder")]).map_err(|()| Fault::Gone)?;
    until(&request, "onsuccess")
        .await
        .map_err(|()| Fault::Gone)?;
    let handle = get(&request, "result").map_err(|()| Fault::Gone)?;
    if handle.is_undefined() || handle.is_null() {
        return Err(Fault::Gone);
    }
    Ok(handle)
}

/// Whether the app may read and write the folder; with `ask`, asks the
/// browser (which needs the admin's click). A handle without permission
/// methods (the origin's private file system) needs none.
///
/// # Errors
/// [`Fault::Permission`] when not given.
pub async fn permission(handle: &JsValue, ask: bool) -> Result<(), Fault> {
    let method = if ask {
        "requestPermission"
    } else {
        "queryPermission"
    };
    if !get(handle, method).is_ok_and(|f| !f.is_falsy()) {
        return Ok(());
    }
    let mode = object(&[("mode", &JsValue::from_str("readwrite"))]);
    match awaited(handle, method, &[mode]).await {
        Ok(state) if state.as_string().as_deref() == Some("granted") => Ok(()),
        Ok(_) => Err(Fault::Permission),
        Err(e) => Err(fault(&e)),
    }
}

/// Every file directly in the folder: its name and its text.
///
/// # Errors
/// The folder gone, its permission withdrawn, or a file that would not
/// open (read again at the next look).
pub async fn read_all(handle: &JsValue) -> Result<Vec<(String, String)>, Fault> {
    let entries = call(handle, "values", &[JsValue::UNDEFINED]).map_err(|()| Fault::Gone)?;
    let mut files = Vec::new();
    loop {
        let step = awaited(&entries, "next", &[JsValue::UNDEFINED])
            .await
            .map_err(|e| fault(&e))?;
        if get(&step, "done").is_ok_and(|d| !d.is_falsy()) {
            break;
        }
        let Ok(entry) = get(&step, "value") else {
            break;
        };
        if get(&entry, "kind")
            .ok()
            .and_then(|k| k.as_string())
            .as_deref()
            != Some("file")
        {
            continue;
        }
        let file = settled(&entry, "getFile").await.map_err(|()| Fault::Gone)?;
        // `text()` reads UTF-8; a file in another encoding is not the
        // app's and reads as such.
        let text = settled(&file, "text").await.map_err(|()| Fault::Gone)?;
        files.push((name(&entry), text.as_string().unwrap_or_default()));
    }
    Ok(files)
}

/// Write `text` as the file `file` in the folder, whole or not at all: the
/// browser writes a copy and puts it in place on `close`.
///
/// # Errors
/// The folder gone, no permission, the disk full.
pub async fn write(handle: &JsValue, file: &str, text: &str) -> Result<(), Fault> {
    let create = object(&[("create", &JsValue::TRUE)]);
    let entry = awaited(handle, "getFileHandle", &[JsValue::from_str(file), create])
        .await
        .map_err(|e| fault(&e))?;
    let stream = awaited(&entry, "createWritable", &[JsValue::UNDEFINED])
        .await
        .map_err(|e| fault(&e))?;
    if let Err(e) = awaited(&stream, "write", &[JsValue::from_str(text)]).await {
        // The copy is dropped; the file stays as it was.
        let _ = awaited(&stream, "abort", &[JsValue::UNDEFINED]).await;
        return Err(fault(&e));
    }
    awaited(&stream, "close", &[JsValue::UNDEFINED])
        .await
        .map(|_| ())
        .map_err(|e| fault(&e))
}
