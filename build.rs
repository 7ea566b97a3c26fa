//! 1. Keeps the linker's relocations in the app's wasm (only the app's binary:
//!    the tools worker and the tests do not need them). wasm-split-cli needs them
//!    to cut lazily loaded chunks out of the main module; see
//!    scripts/bin/wasm-bindgen.
//! 2. With the `catalog` feature (the release bundle), writes one catalog file
//!    per language from `src/i18n/catalog.rs` into `<target>/catalog/`, where
//!    the post-build hook publishes them (docs/i18n.md).

#[allow(dead_code)] // the app reads, this script only writes
#[path = "src/i18n/catalog_format.rs"]
mod format;

/// The message list as (English, Korean) pairs, by the same list the app reads.
macro_rules! messages {
    ($($(#[$doc:meta])* $id:ident => $en:literal, $ko:literal;)+) => {
        const MESSAGES: &[(&str, &str)] = &[$(($en, $ko),)+];
        /// Their names, in the same order (the app shell looks its texts up by name).
        const NAMES: &[&str] = &[$(stringify!($id),)+];
    };
}
include!("src/i18n/catalog.rs");

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=src/i18n/catalog.rs");
    println!("cargo::rerun-if-changed=src/i18n/catalog_format.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo::rustc-link-arg-bin=benefits-desk=--emit-relocs");
    }
    if std::env::var_os("CARGO_FEATURE_CATALOG").is_some() {
        let target = std::env::var("CARGO_TARGET_DIR")
            .unwrap_or_else(|_| format!("{}/target", std::env::var("CARGO_MANIFEST_DIR").unwrap()));
        let dir = std::path::Path::new(&target).join("catalog");
        std::fs::create_dir_all(&dir).expect("create the catalog folder");
        let en = format::encode(MESSAGES.iter().map(|m| m.0));
        let ko = format::encode(MESSAGES.iter().map(|m| m.1));
        std::fs::write(dir.join("en.txt"), en).expect("write the English catalog");
        std::fs::write(dir.join("ko.txt"), ko).expect("write the Korean catalog");
        std::fs::write(dir.join("names.txt"), NAMES.join("\n") + "\n")
            .expect("write the message names");
    }
}
