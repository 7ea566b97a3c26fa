//! Without a browser there is no folder to use: every call says so. The
//! native build (tests, clippy) compiles the pages against this.

use wasm_bindgen::JsValue;

pub use crate::store::folder::Fault;

fn none<T>() -> Result<T, Fault> {
    Err(Fault::Other("no browser".into()))
}

/// Never here.
pub fn supported() -> bool {
    false
}

/// Never here.
pub async fn pick() -> Result<JsValue, Fault> {
    none()
}

/// Never here.
pub fn name(_: &JsValue) -> String {
    String::new()
}

/// Never here.
pub async fn keep(_: Option<&JsValue>) -> Result<(), ()> {
    Err(())
}

/// Never here.
pub async fn kept() -> Result<JsValue, Fault> {
    none()
}

/// Never here.
pub async fn permission(_: &JsValue, _: bool) -> Result<(), Fault> {
    none()
}

/// Never here.
pub async fn read_all(_: &JsValue) -> Result<Vec<(String, String)>, Fault> {
    none()
}

/// Never here.
pub async fn write(_: &JsValue, _: &str, _: &str) -> Result<(), Fault> {
    none()
}
