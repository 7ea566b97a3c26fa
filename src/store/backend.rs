use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::rc::Rc;

pub use super::error::StoreError;

/// A string key-value store: the part of localStorage the app uses.
pub trait Backend {
    /// The value under `key`, if any.
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] when storage cannot be read.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Store `value` under `key`.
    ///
    /// # Errors
    /// [`StoreError::QuotaExceeded`] when full, [`StoreError::Unavailable`] when blocked.
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
}

impl<T: Backend + ?Sized> Backend for Box<T> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        (**self).get(key)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        (**self).set(key, value)
    }
}

/// One storage handle shared by the preferences and the document store.
impl<T: Backend + ?Sized> Backend for Rc<T> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        (**self).get(key)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        (**self).set(key, value)
    }
}

/// Storage in memory: for native tests, and the fallback when the browser refuses
/// localStorage (the app then says that nothing will be kept).
#[derive(Default)]
pub struct MemoryBackend {
    map: RefCell<HashMap<String, String>>,
    quota: Option<usize>,
}

impl MemoryBackend {
    /// An empty store that refuses writes once the stored text passes `bytes`.
    pub fn with_quota(bytes: usize) -> Self {
        MemoryBackend {
            map: RefCell::default(),
            quota: Some(bytes),
        }
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.map.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let mut map = self.map.borrow_mut();
        if let Some(quota) = self.quota {
            let others: usize = map
                .iter()
                .filter(|(k, _)| *k != key)
                .map(|(k, v)| k.len() + v.len())
                .sum();
            if others + key.len() + value.len() > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        map.insert(key.to_owned(), value.to_owned());
        Ok(())
    }
}

/// The browser's localStorage, reached through `gloo-storage` without panicking
/// when it is blocked.
///
/// gloo's `LocalStorage::raw()` panics when the browser refuses storage, so the
/// page's storage is probed first with a real write; only then is gloo's handle
/// taken. Values are read and written as the raw text they are, not through
/// gloo's JSON codec: unreadable stored text must survive byte for byte so it can
/// be kept aside for the user (`store::document`).
#[cfg(target_arch = "wasm32")]
pub struct BrowserStorage(web_sys::Storage);

#[cfg(target_arch = "wasm32")]
impl BrowserStorage {
    /// localStorage, if the browser lets this page use it. Checked with a real
    /// write, because some private modes hand out a storage that refuses writes;
    /// a write refused for a full quota still means storage works (and holds data).
    pub fn open() -> Option<Self> {
        let probe_storage = web_sys::window()?.local_storage().ok().flatten()?;
        let probe = format!("{}probe", super::NAMESPACE);
        match probe_storage.set_item(&probe, "1") {
            Ok(()) => {
                let _ = probe_storage.remove_item(&probe);
            }
            Err(e) if is_quota(&e) => {}
            Err(_) => return None,
        }
        // Safe now: the probe proved storage is there.
        use gloo_storage::Storage as _;
        Some(BrowserStorage(gloo_storage::LocalStorage::raw()))
    }
}

#[cfg(target_arch = "wasm32")]
fn is_quota(e: &wasm_bindgen::JsValue) -> bool {
    use wasm_bindgen::JsCast;
    e.dyn_ref::<web_sys::DomException>()
        .is_some_and(|d| d.name() == "QuotaExceededError" || d.code() == 22)
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `localStorage.getItem`, the value left as a JS string (or null).
    #[wasm_bindgen(catch, js_namespace = localStorage, js_name = getItem)]
    fn local_get(key: &str) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;

    /// The browser's `TextEncoder`.
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    /// UTF-8 of a JS string, made by the browser.
    #[wasm_bindgen(method)]
    fn encode(this: &TextEncoder, text: &wasm_bindgen::JsValue) -> js_sys::Uint8Array;
}

#[cfg(target_arch = "wasm32")]
impl Backend for BrowserStorage {
    /// The value's UTF-8 comes from the browser's `TextEncoder` rather than
    /// wasm-bindgen's string copy, whose character-by-character loop runs
    /// interpreted at start-up: 14 ms of a page's start for a 500 KB account.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        // `self.0` is this window's localStorage (`open`).
        let value = local_get(key).map_err(|_| StoreError::Unavailable)?;
        if !value.is_string() {
            return Ok(None);
        }
        let bytes = TextEncoder::new().encode(&value).to_vec();
        String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| StoreError::Unavailable)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.set_item(key, value).map_err(|e| {
            if is_quota(&e) {
                StoreError::QuotaExceeded
            } else {
                StoreError::Unavailable
            }
        })
    }
}
