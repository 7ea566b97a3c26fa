//! The message catalog: every UI text in English and Korean, side by side, in
//! `catalog/*.rs`, a file per area. The release bundle carries no text in its wasm (feature
//! `catalog`): `build.rs` writes one file per language from the same list, and a
//! session fetches only its own language's (docs/i18n.md).

use super::Lang;

macro_rules! messages {
    ($($(#[$doc:meta])* $id:ident => $en:literal, $ko:literal;)+) => {
        /// One piece of UI text; [`Lang::t`] gives it in a language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg {
            $($(#[$doc])* $id,)+
        }

        impl Msg {
            /// Every message, in catalog order.
            pub const ALL: &'static [Msg] = &[$(Msg::$id,)+];

            /// The text in `lang`, compiled in (tests, the browser tests, `make serve`
            /// without the `catalog` feature).
            #[cfg(not(feature = "catalog"))]
            pub fn text(self, lang: Lang) -> &'static str {
                match lang {
                    Lang::En => match self { $(Msg::$id => $en,)+ },
                    Lang::Ko => match self { $(Msg::$id => $ko,)+ },
                }
            }

            /// The text in `lang`, from that language's catalog file, fetched at
            /// start-up ([`super::loaded`]); empty until it has arrived.
            #[cfg(feature = "catalog")]
            pub fn text(self, lang: Lang) -> &'static str {
                super::loaded::text(lang, self as usize)
            }
        }
    };
}

// The catalog's files joined by build.rs (src/i18n/catalog/, one per area).
include!(concat!(env!("OUT_DIR"), "/catalog.rs"));
