//! 1. Keeps the linker's relocations in the app's wasm (only the app's binary:
//!    the tools worker and the tests do not need them). wasm-split-cli needs them
//!    to cut lazily loaded chunks out of the main module; see
//!    scripts/bin/wasm-bindgen.
//! 2. Joins the catalog's files (`src/i18n/catalog/*.rs`, one per area) into
//!    the one message list the app includes.
//! 3. With the `catalog` feature (the release bundle), writes each language's
//!    texts from that list into `<target>/catalog/`, where the
//!    post-build hook publishes them (docs/i18n.md): one file with every text
//!    (for the HTML app shell), and the parts a session fetches — `core`, and
//!    one per lazily loaded page holding the texts only that page's code names.

use std::collections::BTreeMap;
use std::path::Path;

#[allow(dead_code)] // the app reads, this script only writes
#[path = "src/i18n/catalog_format.rs"]
mod format;

/// The catalog's files (`src/i18n/catalog/<name>.rs`), in the order their
/// messages are numbered: `Msg` is the list they make joined in this order.
macro_rules! catalog_files {
    ($($file:literal),+) => {
        const CATALOG_FILES: &[&str] = &[$($file),+];
        /// Each file's messages as (name, English, Korean), read through the
        /// same `messages!` syntax the app compiles.
        const BY_FILE: &[&[(&str, &str, &str)]] =
            &[$(include!(concat!("src/i18n/catalog/", $file, ".rs"))),+];
    };
}
macro_rules! messages {
    ($($(#[$doc:meta])* $id:ident => $en:literal, $ko:literal;)+) => {
        &[$((stringify!($id), $en, $ko),)+]
    };
}
catalog_files!(
    "core",
    "membership",
    "keys",
    "subscriptions",
    "visual_studio",
    "azure",
    "support",
    "redeem",
    "history",
    "settings",
    "rules",
    "why",
    "refusals"
);

/// Write the one `messages!` list the app includes (`i18n::messages`): the
/// catalog's files joined, each file's entries as they are written.
fn join_catalog(manifest: &str) {
    let mut joined = String::from("messages! {\n");
    for file in CATALOG_FILES {
        let path = format!("{manifest}/src/i18n/catalog/{file}.rs");
        let text = std::fs::read_to_string(&path).expect("read a catalog file");
        let body = text
            .split_once("messages! {\n")
            .and_then(|(_, rest)| rest.trim_end().strip_suffix('}'))
            .unwrap_or_else(|| panic!("{path}: expected one `messages! {{ ... }}`"));
        joined.push_str(body);
    }
    joined.push_str("}\n");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(Path::new(&out).join("catalog.rs"), joined).expect("write the joined catalog");
}

/// The lazily loaded pages (folders or files under `src/ui/pages/`, the same
/// names as `ui::pages::part_of`): each has a catalog part of its own.
const PAGE_PARTS: &[&str] = &[
    "azure",
    "history",
    "keys",
    "membership",
    "redeem",
    "rules",
    "settings",
    "subscriptions",
    "support",
    "visual_studio",
];

/// The part whose code a source file is: a lazy page's, or `core`.
fn part_of_file(path: &Path) -> &'static str {
    let rel = path.to_string_lossy().replace('\\', "/");
    // The rules' worked examples are drawn on the Rules page only.
    if rel.ends_with("src/i18n/examples.rs") {
        return "rules";
    }
    // The workings behind dates are written only once a "why?" is opened (by
    // the lazily loaded `why_body`, which fetches this part first).
    if rel.ends_with("src/i18n/working.rs") {
        return "why";
    }
    // Refusals are shown only by lazily loaded pages, which fetch this part
    // beside their own (`pages::with_texts`).
    if rel.ends_with("src/i18n/refusals.rs") {
        return "refusals";
    }
    let Some(rest) = rel.split("src/ui/pages/").nth(1) else {
        return "core";
    };
    let first = rest.split('/').next().unwrap_or("").trim_end_matches(".rs");
    PAGE_PARTS
        .iter()
        .find(|p| **p == first)
        .copied()
        .unwrap_or("core")
}

/// Every `Msg::Name` named in the `.rs` files under `dir`, with the parts of
/// the files naming it.
fn scan(dir: &Path, found: &mut BTreeMap<String, Vec<&'static str>>) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("read src").path();
        if path.is_dir() {
            scan(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("read a source file");
            let part = part_of_file(&path);
            for piece in text.split("Msg::").skip(1) {
                let name: String = piece
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .collect();
                found.entry(name).or_default().push(part);
            }
        }
    }
}

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=src");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo::rustc-link-arg-bin=benefits-desk=--emit-relocs");
    }
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap();
    join_catalog(&manifest);
    if std::env::var_os("CARGO_FEATURE_CATALOG").is_none() {
        return;
    }
    let messages: Vec<(&str, &str, &str)> = BY_FILE.concat();
    let names: Vec<&str> = messages.iter().map(|m| m.0).collect();
    let target = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| format!("{manifest}/target"));
    let dir = Path::new(&target).join("catalog");
    std::fs::create_dir_all(&dir).expect("create the catalog folder");
    let mut named = BTreeMap::new();
    scan(&Path::new(&manifest).join("src"), &mut named);
    // A message named by one lazy page's code only goes with that page; any
    // other (named by shared code, by several pages, or nowhere) is core.
    let mut parts: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, name) in names.iter().enumerate() {
        let part = match named.get(*name).map(|p| {
            let first = p[0];
            (first, p.iter().all(|q| *q == first))
        }) {
            Some((part, true)) => part,
            _ => "core",
        };
        parts.entry(part).or_default().push(i);
    }
    let all: Vec<usize> = (0..names.len()).collect();
    for (lang, texts) in [
        ("en", messages.iter().map(|m| m.1).collect::<Vec<_>>()),
        ("ko", messages.iter().map(|m| m.2).collect::<Vec<_>>()),
    ] {
        std::fs::write(
            dir.join(format!("{lang}.txt")),
            format::encode(&texts, &all),
        )
        .expect("write a catalog");
        for (part, indices) in &parts {
            std::fs::write(
                dir.join(format!("{lang}-{part}.txt")),
                format::encode(&texts, indices),
            )
            .expect("write a catalog part");
        }
    }
    let list: Vec<&str> = parts.keys().copied().collect();
    std::fs::write(dir.join("parts.txt"), list.join("\n") + "\n").expect("write the part list");
    std::fs::write(dir.join("names.txt"), names.join("\n") + "\n")
        .expect("write the message names");
}
