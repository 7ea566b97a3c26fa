//! Files in and out of the browser: a download made from text, and the text of a
//! file the user picked. Nothing goes over the network.

/// Offer `text` as a file download named `name`.
pub fn download(name: &str, mime: &str, text: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
            return;
        };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
            return;
        };
        if let Ok(a) = document.create_element("a") {
            let a: web_sys::HtmlAnchorElement = a.unchecked_into();
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
        let _ = web_sys::Url::revoke_object_url(&url);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (name, mime, text);
}

/// The bytes of the first file chosen in a file input.
pub async fn read_chosen_bytes(input: &web_sys::HtmlInputElement) -> Option<Vec<u8>> {
    #[cfg(target_arch = "wasm32")]
    {
        let file = input.files()?.get(0)?;
        let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
            .await
            .ok()?;
        Some(js_sys::Uint8Array::new(&buffer).to_vec())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = input;
        None
    }
}

/// The text of the first file chosen in a file input, as UTF-8.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let file = input.files()?.get(0)?;
        let text = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()?;
        text.as_string()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = input;
        None
    }
}
