//! The texts of each language as fetched from its catalog files (the release
//! bundle, feature `catalog`): the `core` part at start-up, a lazily loaded
//! page's own part when that page first opens (build.rs decides which text goes
//! where). Installed texts are kept for the page's life, so
//! [`Msg::text`](super::Msg::text) can hand out `&'static str`.

use std::sync::Mutex;

use super::{Lang, Msg};

#[allow(dead_code)] // `encode` is build.rs's (and the tests')
#[path = "catalog_format.rs"]
mod format;

/// One language's texts (empty: not installed yet) and the parts installed.
struct Table {
    texts: Vec<&'static str>,
    parts: Vec<String>,
}

static TABLES: [Mutex<Table>; 2] = [const {
    Mutex::new(Table {
        texts: Vec::new(),
        parts: Vec::new(),
    })
}; 2];

/// `lang`'s table (a poisoned lock cannot happen: nothing panics holding it).
fn table(lang: Lang) -> std::sync::MutexGuard<'static, Table> {
    TABLES[slot(lang)].lock().unwrap_or_else(|e| e.into_inner())
}

fn slot(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Ko => 1,
    }
}

/// Install part `part` of `lang`'s catalog from the text of its file.
///
/// # Errors
/// When the text is not a catalog of this app's messages (a stale or damaged
/// file): nothing is installed then.
pub fn install(lang: Lang, part: &str, file: &str) -> Result<(), &'static str> {
    let count = Msg::ALL.len();
    let texts = format::decode(file, count).ok_or("not a catalog of this version")?;
    let mut table = table(lang);
    if !table.parts.iter().any(|p| p == part) {
        table.texts.resize(count, "");
        for (i, text) in texts {
            // Leaked on purpose: at most once per text and language, for the page's life.
            table.texts[i] = Box::leak(text.into_boxed_str());
        }
        table.parts.push(part.to_owned());
    }
    Ok(())
}

/// Whether part `part` of `lang`'s catalog is installed.
pub fn is_loaded(lang: Lang, part: &str) -> bool {
    table(lang).parts.iter().any(|p| p == part)
}

/// The parts installed for `lang`.
pub fn parts(lang: Lang) -> Vec<String> {
    table(lang).parts.clone()
}

/// Message number `index` in `lang`. Empty while its part is not installed,
/// which is a bug (a page drawn before its texts arrived): it is reported on
/// the console, where the end-to-end tests' guard fails on it.
#[inline(never)]
pub fn text(lang: Lang, index: usize) -> &'static str {
    let text = table(lang).texts.get(index).copied().unwrap_or("");
    #[cfg(target_arch = "wasm32")]
    if text.is_empty() {
        web_sys::console::error_1(&format!("text {index} ({}) is not loaded", lang.tag()).into());
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_catalog_part_round_trips_and_installs_only_its_own_texts() {
        let texts: Vec<&str> = Msg::ALL.iter().map(|m| m.text(Lang::Ko)).collect();
        let all: Vec<usize> = (0..texts.len()).collect();
        let file = format::encode(&texts, &all);
        let back = format::decode(&file, texts.len()).unwrap();
        assert_eq!(back.len(), texts.len());
        assert!(back.iter().all(|(i, t)| t == texts[*i]));
        // Line breaks and backslashes survive; runs pick the texts out.
        let odd = format::encode(&["a\nb", "x", "c\\n", "", "y"], &[0, 2, 3]);
        assert!(odd.lines().nth(1) == Some("0,2-3"));
        assert_eq!(
            format::decode(&odd, 5).unwrap(),
            vec![
                (0, "a\nb".to_owned()),
                (2, "c\\n".to_owned()),
                (3, String::new())
            ]
        );
        // A file for another number of messages (a stale version), a number out
        // of range, or a missing text is refused.
        assert!(format::decode(&odd, 4).is_none());
        assert!(format::decode(&odd.replace("2-3", "2-4"), 5).is_none());
        assert!(format::decode(&odd.replace("0,2-3", "0-3"), 5).is_none());
        assert!(install(Lang::En, "core", "not a catalog").is_err());
        assert!(!is_loaded(Lang::En, "core"));
        // Installing a part fills its texts only.
        let part = format::encode(&texts, &[1, 2]);
        install(Lang::Ko, "p", &part).unwrap();
        assert!(is_loaded(Lang::Ko, "p") && !is_loaded(Lang::Ko, "core"));
        assert_eq!(text(Lang::Ko, 1), texts[1]);
        assert_eq!(text(Lang::Ko, 0), "");
        assert_eq!(parts(Lang::Ko), vec!["p".to_owned()]);
    }
}
