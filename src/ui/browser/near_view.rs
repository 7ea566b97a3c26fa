//! "Near the view": run something once an element comes within a screen of the
//! visible part of the page, or when the page is printed. For what sits below
//! the fold and need not be fetched for the first view (the dashboard's year
//! picture).

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

    pub fn when_near_view(el: &web_sys::Element, run: impl FnOnce() + 'static) {
        let run = Rc::new(Cell::new(Some(Box::new(run) as Box<dyn FnOnce()>)));
        let fire = {
            let run = run.clone();
            move || {
                if let Some(f) = run.take() {
                    f();
                }
            }
        };
        let on_print = {
            let fire = fire.clone();
            Closure::once_into_js(fire)
        };
        let Some(window) = web_sys::window() else {
            return;
        };
        let _ = window.add_event_listener_with_callback("beforeprint", on_print.unchecked_ref());
        let on_cross = Closure::<dyn Fn(js_sys::Array, IntersectionObserver)>::new(
            move |entries: js_sys::Array, observer: IntersectionObserver| {
                let near = entries.iter().any(|e| {
                    e.unchecked_into::<IntersectionObserverEntry>()
                        .is_intersecting()
                });
                if near {
                    observer.disconnect();
                    fire();
                }
            },
        );
        let options = IntersectionObserverInit::new();
        // One screen below the visible part counts as near.
        options.set_root_margin("0px 0px 100% 0px");
        match IntersectionObserver::new_with_options(on_cross.as_ref().unchecked_ref(), &options) {
            Ok(observer) => observer.observe(el),
            // No observer (a very old browser): as soon as possible.
            Err(_) => {
                if let Some(f) = run.take() {
                    f();
                }
            }
        }
        on_cross.forget();
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn when_near_view(_el: &web_sys::Element, run: impl FnOnce() + 'static) {
        run();
    }
}

/// Run `run` once, when `el` comes within a screen of the view or the page is
/// printed.
pub fn when_near_view(el: &web_sys::Element, run: impl FnOnce() + 'static) {
    imp::when_near_view(el, run);
}
