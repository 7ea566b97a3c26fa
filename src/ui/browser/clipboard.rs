//! Copying text to the clipboard (a product key, on demand: never logged).

/// Put `text` on the clipboard; whether the browser allowed it.
#[cfg(target_arch = "wasm32")]
pub async fn copy(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Put `text` on the clipboard: there is none outside the browser.
#[cfg(not(target_arch = "wasm32"))]
pub async fn copy(_text: String) -> bool {
    false
}
