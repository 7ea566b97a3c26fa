//! The service worker: registered at start-up; when a new version has installed
//! and waits, the shell offers a reload instead of running stale code forever.

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::cell::{Cell, RefCell};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

    thread_local! {
        static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
        static RELOAD_ON_CHANGE: Cell<bool> = const { Cell::new(false) };
    }

    pub fn watch_for_updates(on_ready: impl Fn() + Clone + 'static) {
        let Some(window) = web_sys::window() else {
            return;
        };
        // Browsers without service workers (or file://) simply run online only.
        if !js_sys::Reflect::has(&window.navigator(), &JsValue::from_str("serviceWorker"))
            .unwrap_or(false)
        {
            return;
        }
        let container = window.navigator().service_worker();
        let on_change = Closure::<dyn Fn()>::new(|| {
            if RELOAD_ON_CHANGE.get()
                && let Some(w) = web_sys::window()
            {
                let _ = w.location().reload();
            }
        });
        container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
        wasm_bindgen_futures::spawn_local(async move {
            // A registration refused, or replaced by a policy or a test
            // harness with one that resolves to nothing: run online only.
            let Ok(reg) = JsFuture::from(container.register("sw.js")).await else {
                return;
            };
            let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else {
                return;
            };
            let has_controller = move || {
                web_sys::window()
                    .is_some_and(|w| w.navigator().service_worker().controller().is_some())
            };
            if reg.waiting().is_some() && has_controller() {
                on_ready();
            }
            let reg2 = reg.clone();
            let on_found = Closure::<dyn Fn()>::new(move || {
                let Some(worker) = reg2.installing() else {
                    return;
                };
                let w2 = worker.clone();
                let ready = on_ready.clone();
                let on_state = Closure::<dyn Fn()>::new(move || {
                    // A first install has no controller: nothing old to replace.
                    if w2.state() == ServiceWorkerState::Installed && has_controller() {
                        ready();
                    }
                });
                worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
                on_state.forget();
            });
            reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
            on_found.forget();
            REGISTRATION.with(|r| *r.borrow_mut() = Some(reg));
        });
    }

    pub fn apply_update() {
        let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|reg| reg.waiting()));
        if let Some(worker) = waiting {
            RELOAD_ON_CHANGE.set(true);
            let _ = worker.post_message(&JsValue::from_str("skip-waiting"));
            // Chromium holds the switch while the running version still has a
            // request of this page in hand (seen when the click that asked for
            // the update also started a chunk's fetch): the switch never came.
            // Reloading lets the old version go, and the new one takes the page.
            leptos::prelude::set_timeout(
                || {
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().reload();
                    }
                },
                std::time::Duration::from_millis(1500),
            );
        } else if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn watch_for_updates(_on_ready: impl Fn() + Clone + 'static) {}
    pub fn apply_update() {}
}

/// Register the service worker and call `on_ready` when a new version waits.
pub fn watch_for_updates(on_ready: impl Fn() + Clone + 'static) {
    imp::watch_for_updates(on_ready);
}

/// Switch to the waiting version and reload.
pub fn apply_update() {
    imp::apply_update();
}
