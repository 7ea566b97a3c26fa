//! Start-up in short tasks: a task that runs longer than 50 ms keeps the page
//! from answering a tap (Lighthouse's total blocking time counts each one), so
//! start-up hands control back to the browser between its steps.

/// Resolves in a later task of the event loop (a zero-delay timer), after the
/// browser has had the chance to paint and to handle input.
pub async fn next_task() {
    #[cfg(target_arch = "wasm32")]
    {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let _ = leptos::prelude::window()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}
