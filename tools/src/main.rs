//! The tools worker: a second WebAssembly module, started by the page as a Web
//! Worker when the user opens CSV import or calendar export, so the `csv` and
//! `icalendar` crates stay out of the first page load. See `store::worker_protocol`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use benefits_desk::store::table::with_progress;
    use benefits_desk::store::worker_protocol::{READY, handle, percent};
    use wasm_bindgen::{JsCast, JsValue, closure::Closure};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        // A long file's progress goes to the page as it is read.
        let to_page = reply_to.clone();
        let tell = move |done: u64, total: u64| {
            if let Some(p) = percent(done, total) {
                let _ = to_page.post_message(&JsValue::from_f64(f64::from(p)));
            }
        };
        let answer = with_progress(tell, || handle(&ev.data().as_string().unwrap_or_default()));
        let _ = reply_to.post_message(&JsValue::from_str(&answer));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(READY));
}

/// Only a browser runs this module.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
