//! Fetching a language's catalog file (release bundle, feature `catalog`; see
//! docs/i18n.md). The boot script has already started the fetch for the
//! language it guessed (`window.__benefitsDeskCatalog`); the file names come
//! from `window.__benefitsDeskCatalogs`, both written by the post-build hook.

use crate::i18n::Lang;

/// Whether `lang`'s texts are there now (always, without the `catalog` feature).
pub fn is_ready(lang: Lang) -> bool {
    #[cfg(feature = "catalog")]
    {
        crate::i18n::loaded::is_loaded(lang)
    }
    #[cfg(not(feature = "catalog"))]
    {
        let _ = lang;
        true
    }
}

/// Make `lang`'s texts ready, fetching its catalog file if needed; whether they are.
pub async fn ensure(lang: Lang) -> bool {
    if is_ready(lang) {
        return true;
    }
    #[cfg(all(feature = "catalog", target_arch = "wasm32"))]
    if let Some(text) = fetch_catalog(lang).await {
        return crate::i18n::loaded::install(lang, &text).is_ok();
    }
    false
}

#[cfg(all(feature = "catalog", target_arch = "wasm32"))]
async fn fetch_catalog(lang: Lang) -> Option<String> {
    use js_sys::Reflect;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    let window = web_sys::window()?;
    let get = |o: &JsValue, k: &str| Reflect::get(o, &JsValue::from_str(k)).ok();
    // The boot script's fetch, when it guessed this language.
    let started = get(&window, "__benefitsDeskCatalog").filter(|s| !s.is_undefined());
    if let Some(s) = started
        && get(&s, "lang").and_then(|l| l.as_string()).as_deref() == Some(lang.tag())
        && let Some(promise) = get(&s, "text").and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        && let Some(text) = JsFuture::from(promise)
            .await
            .ok()
            .and_then(|t| t.as_string())
        && !text.is_empty()
    {
        return Some(text);
    }
    let urls = get(&window, "__benefitsDeskCatalogs")?;
    let url = get(&urls, lang.tag())?.as_string()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Neither language's texts could be fetched (offline on a first visit before
/// anything was kept): say so plainly in both languages, as `<noscript>` does.
pub fn say_unavailable() {
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        body.set_text_content(Some(
            "Partner Benefits Desk could not load its texts. Check the connection and reload. / \
             파트너 혜택 데스크의 텍스트를 불러오지 못했습니다. 연결을 확인한 뒤 새로 고침하세요.",
        ));
    }
}
