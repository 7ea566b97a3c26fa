//! Keeps the linker's relocations in the app's wasm (only the app's binary: the
//! tools worker and the tests do not need them). wasm-split-cli needs them to
//! cut lazily loaded chunks out of the main module; see scripts/bin/wasm-bindgen.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo::rustc-link-arg-bin=benefits-desk=--emit-relocs");
    }
}
