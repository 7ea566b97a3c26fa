//! Every link in the app is built here from the deployment's base path: a
//! plain `<a href>` that `ui::router` follows without a reload.

/// The base path the app is served under, without a trailing slash: `""` at the
/// root, `"/benefits-desk"` on GitHub Pages. Read from `<base href>`, which Trunk
/// writes from `--public-url`.
pub fn base_path() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let uri = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.base_uri().ok().flatten())
            .unwrap_or_default();
        normalize_base(&uri)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        String::new()
    }
}

/// The path part of a base URL, without its trailing slash.
///
/// # Example
/// ```
/// use benefits_desk::ui::links::normalize_base;
/// assert_eq!(normalize_base("http://127.0.0.1:8080/benefits-desk/"), "/benefits-desk");
/// assert_eq!(normalize_base("https://example.github.io/"), "");
/// assert_eq!(normalize_base("/benefits-desk"), "/benefits-desk");
/// ```
pub fn normalize_base(uri: &str) -> String {
    let path = match uri.find("://") {
        Some(i) => uri[i + 3..].find('/').map_or("", |j| &uri[i + 3 + j..]),
        None => uri,
    };
    let path = path.split(['?', '#']).next().unwrap_or("");
    path.trim_end_matches('/').to_owned()
}

/// The href of an app path (`"/keys"`) under `base`.
///
/// # Example
/// ```
/// use benefits_desk::ui::links::href;
/// assert_eq!(href("/benefits-desk", "/keys"), "/benefits-desk/keys");
/// assert_eq!(href("/benefits-desk", "/"), "/benefits-desk/");
/// assert_eq!(href("", "/"), "/");
/// ```
pub fn href(base: &str, path: &str) -> String {
    format!("{base}{path}")
}
