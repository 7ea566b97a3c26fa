//! The key vault in this tab: the derived key while unlocked (in memory only,
//! never stored), auto-lock after a time without use or hidden, and the
//! changes that seal or open every key text in one write. Called only from
//! lazily loaded pages (Keys, Settings), so none of it is in the first load.

use crate::ledger::Facts;
use std::cell::RefCell;

use leptos::prelude::*;
use web_sys::CryptoKey;

use crate::i18n::Msg;
use crate::model::Dataset;
use crate::model::vault::{
    CHECK_TEXT, FormatError, KeyText, SALT_BYTES, Sealed, SealedKey, Vault, last_group,
    readable_texts, sealed_texts, set_texts,
};
use crate::store::LockPrefs;
use crate::ui::browser::crypto::{self, CryptoError};
use crate::ui::data::DataCtx;
use crate::ui::state::with_backend;

/// Why a vault action did not happen. Nothing changed in any case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VaultError {
    /// The passphrase does not open the vault.
    WrongPassphrase,
    /// The vault must be unlocked first.
    Locked,
    /// The browser has no WebCrypto here.
    Unavailable,
    /// The stored vault is of a newer version or damaged.
    Format,
    /// The write failed (quota, storage): the stored data is as it was.
    NotSaved(Msg),
}

impl From<CryptoError> for VaultError {
    fn from(e: CryptoError) -> Self {
        match e {
            CryptoError::WrongPassphrase => VaultError::WrongPassphrase,
            CryptoError::Unavailable => VaultError::Unavailable,
        }
    }
}

impl From<FormatError> for VaultError {
    fn from(_: FormatError) -> Self {
        VaultError::Format
    }
}

impl VaultError {
    /// The words for it.
    pub fn msg(self) -> Msg {
        match self {
            VaultError::WrongPassphrase => Msg::VaultWrong,
            VaultError::Locked => Msg::VaultLockedFirst,
            VaultError::Unavailable => Msg::VaultUnavailable,
            VaultError::Format => Msg::ErrSealed,
            VaultError::NotSaved(m) => m,
        }
    }
}

struct Session {
    key: CryptoKey,
    vault: Vault,
    used: f64,
    hidden_since: Option<f64>,
}

thread_local! {
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
    // Reference-counted, not owned by whichever view first read it: it
    // outlives every page.
    static OPEN: ArcRwSignal<bool> = ArcRwSignal::new(false);
}

/// Whether this tab holds the key of the stored vault (reactive).
pub fn is_open(data: DataCtx) -> bool {
    let open = OPEN.with(|o| o.get());
    open && data.data.with(|d| {
        let vault = d.vault.as_ref();
        SESSION.with(|s| {
            s.borrow()
                .as_ref()
                .is_some_and(|s| vault.is_some_and(|v| v.same_as(&s.vault)))
        })
    })
}

fn now() -> f64 {
    js_sys::Date::now()
}

/// Forget the key: every text is locked again.
pub fn lock() {
    SESSION.with(|s| *s.borrow_mut() = None);
    OPEN.with(|o| o.set(false));
}

/// The minutes of (idle, hidden) after which the vault locks itself.
pub fn lock_after() -> (u32, u32) {
    let p = with_backend(LockPrefs::load);
    (p.idle, p.hidden)
}

/// The key for `vault`, counting as use; `None` while locked or when another
/// tab has since changed the vault (then this tab locks).
fn key_for(vault: &Vault) -> Option<CryptoKey> {
    let key = SESSION.with(|s| {
        let mut s = s.borrow_mut();
        let session = s.as_mut().filter(|x| x.vault.same_as(vault))?;
        session.used = now();
        Some(session.key.clone())
    });
    if key.is_none() {
        lock();
    }
    key
}

/// The key of `data`'s vault, counting as use.
///
/// # Errors
/// [`VaultError::Format`] without a vault, [`VaultError::Locked`].
fn open_key(data: &Dataset) -> Result<CryptoKey, VaultError> {
    key_for(data.vault.as_ref().ok_or(VaultError::Format)?).ok_or(VaultError::Locked)
}

fn check_auto_lock() {
    let (idle, hidden) = lock_after();
    let is_hidden = web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
    let t = now();
    let expired = SESSION.with(|s| {
        let mut s = s.borrow_mut();
        let Some(x) = s.as_mut() else {
            return false;
        };
        x.hidden_since = if is_hidden {
            x.hidden_since.or(Some(t))
        } else {
            None
        };
        let minutes = |since: f64| (t - since) / 60_000.0;
        minutes(x.used) >= f64::from(idle)
            || x.hidden_since
                .is_some_and(|h| minutes(h) >= f64::from(hidden))
    });
    if expired {
        lock();
    }
}

fn start_auto_lock() {
    thread_local!(static STARTED: RefCell<bool> = const { RefCell::new(false) });
    if STARTED.with(|s| s.replace(true)) {
        return;
    }
    // Checked every ten seconds (a hidden tab's timers run about once a
    // minute), and the moment the page is shown again.
    let _ = set_interval_with_handle(check_auto_lock, std::time::Duration::from_secs(10));
    let on_show = wasm_bindgen::closure::Closure::<dyn Fn()>::new(check_auto_lock);
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        use wasm_bindgen::JsCast;
        let _ = d
            .add_event_listener_with_callback("visibilitychange", on_show.as_ref().unchecked_ref());
    }
    on_show.forget();
}

async fn derive(vault: &Vault, passphrase: &str) -> Result<CryptoKey, VaultError> {
    let key = crypto::derive(passphrase, &vault.salt_bytes()?, vault.iterations).await?;
    let check = crypto::open(&key, &Sealed::parse(&vault.check)?).await?;
    if check != CHECK_TEXT {
        return Err(VaultError::WrongPassphrase);
    }
    Ok(key)
}

fn begin(key: CryptoKey, vault: Vault) {
    SESSION.with(|s| {
        *s.borrow_mut() = Some(Session {
            key,
            vault,
            used: now(),
            hidden_since: None,
        })
    });
    OPEN.with(|o| o.set(true));
    start_auto_lock();
}

/// Unlock the stored vault with `passphrase`.
///
/// # Errors
/// [`VaultError::WrongPassphrase`], and what the browser may refuse.
pub async fn unlock(data: DataCtx, passphrase: &str) -> Result<(), VaultError> {
    let vault = data
        .data
        .with_untracked(|d| d.vault.clone())
        .ok_or(VaultError::Format)?;
    let key = derive(&vault, passphrase).await?;
    begin(key, vault);
    Ok(())
}

/// A new vault for `passphrase`: its record and key.
async fn create(passphrase: &str) -> Result<(Vault, CryptoKey), VaultError> {
    let salt = crypto::random(SALT_BYTES)?;
    let key = crypto::derive(passphrase, &salt, crate::model::vault::ITERATIONS).await?;
    let check = crypto::seal(&key, CHECK_TEXT).await?;
    Ok((Vault::new(&salt, &check), key))
}

async fn seal_all(
    key: &CryptoKey,
    texts: Vec<(u64, String)>,
) -> Result<Vec<(u64, KeyText)>, VaultError> {
    let mut out = Vec::with_capacity(texts.len());
    for (id, text) in texts {
        let sealed = crypto::seal(key, &text).await?.to_text();
        out.push((
            id,
            KeyText::Sealed(SealedKey {
                last: last_group(&text),
                text: sealed,
            }),
        ));
    }
    Ok(out)
}

async fn open_all(key: &CryptoKey, data: &Dataset) -> Result<Vec<(u64, String)>, VaultError> {
    let mut out = Vec::new();
    for (id, text) in sealed_texts(data) {
        out.push((id, crypto::open(key, &Sealed::parse(&text)?).await?));
    }
    Ok(out)
}

/// Turn the vault on: every key text sealed under `passphrase`, in one write.
///
/// # Errors
/// What the browser refuses, or a failed write (nothing changed then).
pub async fn turn_on(data: DataCtx, passphrase: &str) -> Result<(), VaultError> {
    let (vault, key) = create(passphrase).await?;
    let texts = data.data.with_untracked(readable_texts);
    let sealed = seal_all(&key, texts).await?;
    let v = vault.clone();
    data.change_whole(
        Msg::ChangeVaultOn,
        Facts::Vault {
            vault: Some(vault.clone()),
        },
        move |d| set_texts(d, Some(v), &sealed),
    )
    .map_err(VaultError::NotSaved)?;
    begin(key, vault);
    Ok(())
}

/// A new passphrase: every text opened and sealed again under a new salt, in
/// one write; the old texts stay stored until it has succeeded.
///
/// # Errors
/// [`VaultError::Locked`], what the browser refuses, a failed write.
pub async fn change_passphrase(data: DataCtx, passphrase: &str) -> Result<(), VaultError> {
    let now = data.data.get_untracked();
    let old = open_key(&now)?;
    let texts = open_all(&old, &now).await?;
    let (vault, key) = create(passphrase).await?;
    let sealed = seal_all(&key, texts).await?;
    let v = vault.clone();
    data.change_whole(
        Msg::ChangeVaultPassphrase,
        Facts::Vault {
            vault: Some(vault.clone()),
        },
        move |d| set_texts(d, Some(v), &sealed),
    )
    .map_err(VaultError::NotSaved)?;
    begin(key, vault);
    Ok(())
}

/// Turn the vault off (unlocked only): every text readable again, in one write.
///
/// # Errors
/// [`VaultError::Locked`], what the browser refuses, a failed write.
pub async fn turn_off(data: DataCtx) -> Result<(), VaultError> {
    let now = data.data.get_untracked();
    let key = open_key(&now)?;
    let texts: Vec<(u64, KeyText)> = open_all(&key, &now)
        .await?
        .into_iter()
        .map(|(id, t)| (id, KeyText::Readable(t)))
        .collect();
    data.change_whole(
        Msg::ChangeVaultOff,
        Facts::Vault { vault: None },
        move |d| set_texts(d, None, &texts),
    )
    .map_err(VaultError::NotSaved)?;
    lock();
    Ok(())
}

/// The text of a sealed key, for showing or copying it.
///
/// # Errors
/// [`VaultError::Locked`], [`VaultError::Format`].
pub async fn reveal(data: DataCtx, sealed: &SealedKey) -> Result<String, VaultError> {
    let key = open_key(&data.data.get_untracked())?;
    Ok(crypto::open(&key, &Sealed::parse(&sealed.text)?).await?)
}

/// Whether `text` is already the text of a key other than `except`, sealed ones
/// opened to compare (a locked text cannot be compared otherwise).
///
/// # Errors
/// [`VaultError::Locked`], what the browser refuses.
pub async fn text_taken(
    data: DataCtx,
    text: &str,
    except: Option<u64>,
) -> Result<bool, VaultError> {
    let now = data.data.get_untracked();
    let Some(vault) = &now.vault else {
        return Ok(false);
    };
    let key = key_for(vault).ok_or(VaultError::Locked)?;
    for k in now.keys.iter().filter(|k| Some(k.id) != except) {
        if let Some(s) = &k.sealed
            && crypto::open(&key, &Sealed::parse(&s.text)?)
                .await?
                .eq_ignore_ascii_case(text)
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `text` sealed for storing in the current vault.
///
/// # Errors
/// [`VaultError::Locked`], what the browser refuses.
pub async fn seal_new(data: DataCtx, text: &str) -> Result<SealedKey, VaultError> {
    let key = open_key(&data.data.get_untracked())?;
    Ok(SealedKey {
        last: last_group(text),
        text: crypto::seal(&key, text).await?.to_text(),
    })
}

/// A backup's texts made to fit this browser's vault (`store::backup::key_texts`):
/// opened with the backup's passphrase when they are sealed in another vault,
/// then sealed here when this browser's vault is on.
///
/// # Errors
/// A wrong backup passphrase, this vault locked, what the browser refuses.
pub async fn fit_backup(
    data: DataCtx,
    incoming: &mut Dataset,
    backup_passphrase: Option<&str>,
) -> Result<(), VaultError> {
    let mut texts: Vec<(u64, String)> = readable_texts(incoming);
    if let (Some(v), Some(p)) = (incoming.vault.clone(), backup_passphrase) {
        let theirs = derive(&v, p).await?;
        texts.extend(open_all(&theirs, incoming).await?);
    }
    let here = data.data.with_untracked(|d| d.vault.clone());
    let fitted: Vec<(u64, KeyText)> = match &here {
        Some(v) => seal_all(&key_for(v).ok_or(VaultError::Locked)?, texts).await?,
        None => texts
            .into_iter()
            .map(|(id, t)| (id, KeyText::Readable(t)))
            .collect(),
    };
    set_texts(incoming, here, &fitted);
    Ok(())
}
