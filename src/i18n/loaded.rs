//! The texts of each language as fetched from its catalog file (the release
//! bundle, feature `catalog`): installed once per language and kept for the
//! page's life, so [`Msg::text`](super::Msg::text) can hand out `&'static str`.

use std::sync::OnceLock;

use super::{Lang, Msg};

#[allow(dead_code)] // `encode` is build.rs's (and the tests')
#[path = "catalog_format.rs"]
mod format;

static TABLES: [OnceLock<Vec<&'static str>>; 2] = [OnceLock::new(), OnceLock::new()];

fn slot(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Ko => 1,
    }
}

/// Install `lang`'s catalog from the text of its file.
///
/// # Errors
/// When the text is not a catalog of this app's messages (a stale or damaged
/// file): nothing is installed then.
pub fn install(lang: Lang, file: &str) -> Result<(), &'static str> {
    let texts = format::decode(file, Msg::ALL.len()).ok_or("not a catalog of this version")?;
    // Leaked on purpose: at most once per language, for the page's life.
    let table = texts
        .into_iter()
        .map(|t| &*Box::leak(t.into_boxed_str()))
        .collect();
    let _ = TABLES[slot(lang)].set(table);
    Ok(())
}

/// Whether `lang`'s catalog is installed.
pub fn is_loaded(lang: Lang) -> bool {
    TABLES[slot(lang)].get().is_some()
}

/// Message number `index` in `lang`; empty while the catalog is not installed.
pub fn text(lang: Lang, index: usize) -> &'static str {
    TABLES[slot(lang)]
        .get()
        .and_then(|t| t.get(index).copied())
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_catalog_file_round_trips_every_message_of_a_language() {
        let texts: Vec<&str> = Msg::ALL.iter().map(|m| m.text(Lang::Ko)).collect();
        let file = format::encode(texts.iter().copied());
        let back = format::decode(&file, Msg::ALL.len()).unwrap();
        assert_eq!(back, texts);
        // Line breaks and backslashes survive.
        let odd = format::encode(["a\nb", "c\\n", ""].into_iter());
        assert_eq!(
            format::decode(&odd, 3).unwrap(),
            vec!["a\nb".to_owned(), "c\\n".to_owned(), String::new()]
        );
        // A file for another number of messages (a stale version) is refused.
        assert!(format::decode(&odd, 4).is_none());
        assert!(install(Lang::En, "not a catalog").is_err());
        assert!(!is_loaded(Lang::En));
    }
}
