//! The app's router: the address as signals, links that change it without a
//! reload, the back and forward buttons, and `navigate` for code.
//!
//! The app's routes are flat (one segment per page, and the wizard's step), so
//! this replaces leptos_router, whose nested, asynchronous route matching was
//! about 17 KB gzip of the first load and the longest task of start-up
//! (docs/perf.md, session 10). Which page a path shows is `routes::Page`'s
//! business; this module only keeps the address.

use leptos::prelude::*;

/// The address: path (with the base), query (without `?`), fragment (with `#`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Address {
    path: String,
    search: String,
    hash: String,
}

/// The current address. Pages read it through [`use_query_map`], [`use_hash`]
/// and [`use_page_path`], which keep their last value once the address has
/// moved to another page: the page being left is taken down without first
/// being drawn again for an address that is not its own.
#[derive(Clone, Copy)]
pub struct Location {
    /// The path as the browser shows it, base included (`/benefits-desk/keys`).
    pub pathname: Memo<String>,
    address: RwSignal<Address>,
    base: StoredValue<String>,
}

/// A decoded query: `key=value` pairs in their order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query(Vec<(String, String)>);

impl Query {
    /// Reads `a=1&b=x%20y` (no leading `?`).
    ///
    /// # Example
    /// ```
    /// use benefits_desk::ui::router::Query;
    /// let q = Query::parse("key=3&tenant=contoso%20ltd&owner=own&x=a+b");
    /// assert_eq!(q.get("tenant").as_deref(), Some("contoso ltd"));
    /// assert_eq!(q.get("x").as_deref(), Some("a b"));
    /// assert_eq!(q.get("nothing"), None);
    /// ```
    pub fn parse(search: &str) -> Query {
        let pairs = search.split('&').filter(|p| !p.is_empty()).map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        });
        Query(pairs.collect())
    }

    /// The first value of `key`.
    pub fn get(&self, key: &str) -> Option<String> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    }
}

/// Percent-decoding with `+` as a space; bytes that are not UTF-8 are replaced.
fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// How a navigation from [`use_navigate`] moves.
#[derive(Clone, Copy, Debug)]
pub struct NavigateOptions {
    /// Replace the current history entry instead of adding one.
    pub replace: bool,
    /// Scroll to the top (or to the fragment's element) afterwards.
    pub scroll: bool,
}

impl Default for NavigateOptions {
    fn default() -> Self {
        NavigateOptions {
            replace: false,
            scroll: true,
        }
    }
}

/// Start the router for an app served under `base` (`""` or `/benefits-desk`):
/// the address from the browser, the back and forward buttons, and clicks on
/// the app's own links. Called once, by the app.
pub fn provide_router(base: String) -> Location {
    let address = RwSignal::new(read_address());
    let location = Location {
        pathname: Memo::new(move |_| address.with(|a| a.path.clone())),
        address,
        base: StoredValue::new(base),
    };
    provide_context(location);
    let reread = move || {
        let now = read_address();
        if address.with_untracked(|a| *a != now) {
            address.set(now);
        }
    };
    let popstate = window_event_listener(leptos::ev::popstate, move |_| reread());
    let hashchange = window_event_listener(leptos::ev::hashchange, move |_| reread());
    let click = window_event_listener(leptos::ev::click, move |ev| follow_link(&ev, location));
    on_cleanup(move || {
        popstate.remove();
        hashchange.remove();
        click.remove();
    });
    location
}

/// The router's address. Panics outside the app, which is a programming error.
pub fn use_location() -> Location {
    expect_context::<Location>()
}

/// The query of the address, decoded.
pub fn use_query_map() -> Memo<Query> {
    use_location().on_this_page(|a| Query::parse(&a.search))
}

/// The fragment of the address, with its `#` (or empty).
pub fn use_hash() -> Memo<String> {
    use_location().on_this_page(|a| a.hash.clone())
}

/// The path under the base: `/` for the base itself (`/redeem/tenant`).
pub fn use_page_path() -> Memo<String> {
    let location = use_location();
    location.on_this_page(move |a| location.under_base(&a.path))
}

/// Go to an app path (`/keys?status=used`; the base is added).
pub fn use_navigate() -> impl Fn(&str, NavigateOptions) + Clone + Send + Sync + 'static {
    let location = use_location();
    move |to: &str, options: NavigateOptions| {
        let full = format!("{}{to}", location.base.get_value());
        go(location, &full, options);
    }
}

impl Location {
    /// The path under the base: `/` for the base itself.
    pub fn under_base(&self, path: &str) -> String {
        let rest = self
            .base
            .with_value(|b| path.strip_prefix(b.as_str()).map(str::to_owned));
        match rest.as_deref() {
            Some("") | None => "/".to_owned(),
            Some(r) => r.to_owned(),
        }
    }

    /// `part` of the address while it is on the page (first segment) it was
    /// on when this was called; its last value once it has moved on.
    fn on_this_page<T: Clone + PartialEq + Send + Sync + 'static>(
        self,
        part: impl Fn(&Address) -> T + Send + Sync + 'static,
    ) -> Memo<T> {
        let first = move |a: &Address| {
            let path = self.under_base(&a.path);
            path.trim_start_matches('/')
                .split('/')
                .next()
                .map(str::to_owned)
        };
        let page = self.address.with_untracked(first);
        Memo::new(move |last: Option<&T>| {
            self.address.with(|a| match last {
                Some(last) if first(a) != page => last.clone(),
                _ => part(a),
            })
        })
    }
}

/// The browser's address now.
fn read_address() -> Address {
    let l = window().location();
    Address {
        path: l.pathname().unwrap_or_default(),
        search: l
            .search()
            .unwrap_or_default()
            .trim_start_matches('?')
            .to_owned(),
        hash: l.hash().unwrap_or_default(),
    }
}

/// Move to `full` (a path with the base, query and fragment as wanted).
fn go(location: Location, full: &str, options: NavigateOptions) {
    let Ok(history) = window().history() else {
        return;
    };
    let state = wasm_bindgen::JsValue::NULL;
    let moved = if options.replace {
        history.replace_state_with_url(&state, "", Some(full))
    } else {
        history.push_state_with_url(&state, "", Some(full))
    };
    if moved.is_err() {
        return;
    }
    let now = read_address();
    let hash = now.hash.clone();
    // The page changes after the handler that asked for it has returned: a
    // click handler must not see its own button taken out of the document.
    leptos::task::spawn_local(async move { location.address.set(now) });
    if options.scroll {
        request_animation_frame(move || {
            let target = hash.strip_prefix('#').filter(|id| !id.is_empty());
            match target.and_then(|id| document().get_element_by_id(id)) {
                Some(el) => el.scroll_into_view(),
                None => window().scroll_to_with_x_and_y(0.0, 0.0),
            }
        });
    }
}

/// A click on one of the app's own links: followed without a reload. Left to
/// the browser: other buttons and modifier keys (new tab, download), links out
/// of the app, `download`, `rel="external"`, another target, and a fragment of
/// the page already shown (the skip link: the browser moves focus there).
fn follow_link(ev: &web_sys::MouseEvent, location: Location) {
    use wasm_bindgen::JsCast;
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.alt_key()
        || ev.ctrl_key()
        || ev.shift_key()
    {
        return;
    }
    let Some(a) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a[href]").ok().flatten())
    else {
        return;
    };
    let external = a
        .get_attribute("rel")
        .is_some_and(|r| r.split_whitespace().any(|w| w == "external"));
    let elsewhere = a
        .get_attribute("target")
        .is_some_and(|t| !t.is_empty() && t != "_self");
    let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() else {
        return;
    };
    if external || elsewhere || a.has_attribute("download") {
        return;
    }
    let here = window().location();
    if a.origin() != here.origin().unwrap_or_default() {
        return;
    }
    let (path, search) = (a.pathname(), a.search());
    let base = location.base.get_value();
    if !(path == base || path.starts_with(&format!("{base}/"))) {
        return;
    }
    let same_page = Some(&path) == here.pathname().ok().as_ref()
        && Some(&search) == here.search().ok().as_ref();
    if same_page && !a.hash().is_empty() {
        return;
    }
    ev.prevent_default();
    go(
        location,
        &format!("{path}{search}{}", a.hash()),
        NavigateOptions::default(),
    );
}
