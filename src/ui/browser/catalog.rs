//! Fetching a language's catalog files (release bundle, feature `catalog`; see
//! docs/i18n.md): the `core` part at start-up, a lazily loaded page's own part
//! when it first opens. The boot script (written by the post-build hook) has
//! already started the fetches for the language it guessed and the page it was
//! opened on, and fetches every part through `window.__benefitsDeskText`.

use crate::i18n::Lang;

/// Whether `lang`'s texts are there now — its core part and every page part
/// already fetched in the other language (always, without the `catalog` feature).
pub fn is_ready(lang: Lang) -> bool {
    #[cfg(feature = "catalog")]
    {
        needed()
            .iter()
            .all(|part| crate::i18n::loaded::is_loaded(lang, part))
    }
    #[cfg(not(feature = "catalog"))]
    {
        let _ = lang;
        true
    }
}

/// Make `lang`'s texts ready — its core part and every page part already
/// fetched in the other language — fetching what is missing; whether they are.
pub async fn ensure(lang: Lang) -> bool {
    #[cfg(all(feature = "catalog", target_arch = "wasm32"))]
    {
        let mut ready = true;
        for part in &needed() {
            ready &= ensure_part(lang, part).await;
        }
        ready
    }
    #[cfg(not(all(feature = "catalog", target_arch = "wasm32")))]
    is_ready(lang)
}

/// The parts a language switch needs: core, and every part fetched so far.
#[cfg(feature = "catalog")]
fn needed() -> Vec<String> {
    let mut parts = vec!["core".to_owned()];
    for lang in Lang::ALL {
        for part in crate::i18n::loaded::parts(lang) {
            if !parts.contains(&part) {
                parts.push(part);
            }
        }
    }
    parts
}

/// Make part `part` of `lang`'s texts ready (a lazily loaded page's, before it
/// is drawn); whether it is.
pub async fn ensure_part(lang: Lang, part: &str) -> bool {
    #[cfg(all(feature = "catalog", target_arch = "wasm32"))]
    {
        if crate::i18n::loaded::is_loaded(lang, part) {
            return true;
        }
        if let Some(text) = fetch_part(lang, part).await {
            return crate::i18n::loaded::install(lang, part, &text).is_ok();
        }
        false
    }
    #[cfg(not(all(feature = "catalog", target_arch = "wasm32")))]
    {
        let _ = (lang, part);
        true
    }
}

/// The text of part `part` of `lang`'s catalog, from the boot script's
/// `__benefitsDeskText` (the fetch it started for the visitor's language and
/// page, else a new one).
#[cfg(all(feature = "catalog", target_arch = "wasm32"))]
async fn fetch_part(lang: Lang, part: &str) -> Option<String> {
    use wasm_bindgen::{JsCast, JsValue};
    let get =
        js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("__benefitsDeskText")).ok()?;
    let promise = get
        .dyn_into::<js_sys::Function>()
        .ok()?
        .call2(
            &JsValue::NULL,
            &JsValue::from_str(lang.tag()),
            &JsValue::from_str(part),
        )
        .ok()?;
    let text = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise))
        .await
        .ok()?
        .as_string()?;
    (!text.is_empty()).then_some(text)
}

/// Neither language's texts could be fetched (offline on a first visit before
/// anything was kept): say so plainly in both languages, as `<noscript>` does.
pub fn say_unavailable() {
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        body.set_text_content(Some(UNAVAILABLE));
    }
}

/// What [`say_unavailable`] says; also shown in place of a page whose texts
/// could not be fetched.
pub const UNAVAILABLE: &str = "Partner Benefits Desk could not load its texts. Check the connection and reload. / \
     파트너 혜택 데스크의 텍스트를 불러오지 못했습니다. 연결을 확인한 뒤 새로 고침하세요.";
