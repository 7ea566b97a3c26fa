//! Asking the tools worker (see `store::worker_protocol`): it is started for one request
//! and stopped after the answer, so its module is downloaded only by users who
//! import a CSV file or export a calendar (and then kept by the service worker).

use crate::store::worker_protocol::{ToolRequest, ToolResponse};

/// Why the worker gave no answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ToolFailure {
    /// The worker's files could not be loaded or it stopped with an error.
    Unavailable,
    /// It answered something this page cannot read (different builds).
    Garbled,
}

/// Send `request` to a fresh tools worker and wait for its answer.
///
/// # Errors
/// [`ToolFailure`] when the worker cannot start or answers nonsense.
pub async fn ask(request: &ToolRequest) -> Result<ToolResponse, ToolFailure> {
    ask_with(request, |_| {}).await
}

/// As [`ask`], telling `progress` how much of a long file the worker has
/// read, in percent, as it goes.
///
/// # Errors
/// As [`ask`].
pub async fn ask_with(
    request: &ToolRequest,
    progress: impl Fn(u32) + 'static,
) -> Result<ToolResponse, ToolFailure> {
    let payload = serde_json::to_string(request).map_err(|_| ToolFailure::Garbled)?;
    let answer = run(payload, progress).await?;
    match serde_json::from_str(&answer) {
        Ok(ToolResponse::BadRequest) | Err(_) => Err(ToolFailure::Garbled),
        Ok(response) => Ok(response),
    }
}

#[cfg(target_arch = "wasm32")]
async fn run(payload: String, progress: impl Fn(u32) + 'static) -> Result<String, ToolFailure> {
    use crate::store::worker_protocol::READY;
    use wasm_bindgen::{JsCast, JsValue, closure::Closure};
    use web_sys::{MessageEvent, Worker};

    let url = crate::ui::links::href(&crate::ui::links::base_path(), "/tools_loader.js");
    let worker = Worker::new(&url).map_err(|_| ToolFailure::Unavailable)?;
    let mut handlers = None;
    let progress = std::rc::Rc::new(progress);
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let to_worker = worker.clone();
        let payload = JsValue::from_str(&payload);
        let progress = progress.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
            // A number is progress, in percent; text is the answer.
            if let Some(p) = ev.data().as_f64() {
                progress(p as u32);
                return;
            }
            let text = ev.data().as_string().unwrap_or_default();
            if text == READY {
                let _ = to_worker.post_message(&payload);
            } else {
                let _ = resolve.call1(&JsValue::NULL, &JsValue::from_str(&text));
            }
        });
        let on_error = Closure::<dyn FnMut(JsValue)>::new(move |ev: JsValue| {
            let _ = reject.call1(&JsValue::NULL, &ev);
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        handlers = Some((on_message, on_error));
    });
    let result = wasm_bindgen_futures::JsFuture::from(promise).await;
    worker.terminate();
    drop(handlers);
    result
        .ok()
        .and_then(|v| v.as_string())
        .ok_or(ToolFailure::Unavailable)
}

#[cfg(not(target_arch = "wasm32"))]
async fn run(payload: String, _progress: impl Fn(u32) + 'static) -> Result<String, ToolFailure> {
    Ok(crate::store::worker_protocol::handle(&payload))
}
