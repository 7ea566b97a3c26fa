//! Adding a key, or changing one: a [`KeyDraft`] checked at each field.

use crate::ledger::Facts;
use leptos::prelude::*;

use crate::i18n::Msg;
use crate::ledger::change::KeyFields;
use crate::model::form::KeyDraft;
use crate::model::validate::Field as F;
use crate::model::vault::SealedKey;
use crate::ui::components::form::{Field, problem_of, problems_after_submit};
use crate::ui::data::{DataCtx, use_data};
use crate::ui::state::use_ui;
use crate::ui::vault::{seal_new, text_taken};

/// Add a key (no `editing`) or change one.
#[component]
pub fn KeyForm(
    /// The key being changed; `None` adds a new one.
    editing: Option<u64>,
    /// Called once the form is saved or cancelled.
    on_done: Callback<()>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let start = editing
        .and_then(|id| {
            data.data
                .with_untracked(|d| d.keys.iter().find(|k| k.id == id).map(KeyDraft::of))
        })
        .unwrap_or_default();
    let product = RwSignal::new(start.product);
    let key = RwSignal::new(start.key);
    let licenses = RwSignal::new(start.licenses);
    let received = RwSignal::new(start.received);
    let tried = RwSignal::new(false);
    let draft = move || KeyDraft {
        product: product.get(),
        key: key.get(),
        licenses: licenses.get(),
        received: received.get(),
    };
    let check = move || data.data.with(|d| draft().check(d, editing, data.today()));
    let errors = problems_after_submit(tried, move || check().err());
    let vault_error = RwSignal::new(None::<Msg>);
    let save = move |fields: KeyFields, sealed: Option<SealedKey>| {
        store_key(data, editing, fields, sealed);
        if editing.is_none() {
            for s in [product, key, licenses, received] {
                s.set(String::new());
            }
            tried.set(false);
        }
        on_done.run(());
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let Ok(fields) = untrack(check) else { return };
        if fields.key.is_empty() || data.data.with_untracked(|d| d.vault.is_none()) {
            return save(fields, None);
        }
        leptos::task::spawn_local(async move {
            let sealed = sealed_text(data, &fields.key, editing).await;
            vault_error.set(sealed.as_ref().err().copied());
            if let Ok(sealed) = sealed {
                save(fields, Some(sealed));
            }
        });
    };
    let id =
        move |name: &'static str, edit: &'static str| if editing.is_some() { edit } else { name };
    view! {
        <form class="key-form" on:submit=on_submit novalidate>
            <Field id=id("add-product", "edit-product") label=Msg::KeyProduct value=product error=problem_of(errors, F::Name)/>
            <Field id=id("add-key", "edit-key") label=Msg::KeyText value=key error=problem_of(errors, F::Key)/>
            <Field id=id("add-licenses", "edit-licenses") label=Msg::KeyLicenses value=licenses error=problem_of(errors, F::Licenses)/>
            <Field id=id("add-received", "edit-received") label=Msg::KeyReceived value=received kind="date"
                error=problem_of(errors, F::Received)/>
            <p class="actions" data-form=if editing.is_some() { "edit" } else { "add" }>
                <button type="submit">{ui.t(if editing.is_some() { Msg::KeySave } else { Msg::KeyAdd })}</button>
                {editing.map(|_| view! { <button type="button" class="secondary" on:click=move |_| on_done.run(())>{ui.t(Msg::Cancel)}</button> })}
            </p>
            {move || vault_error.get().map(|m| view! { <p class="field-error" role="alert">{ui.t(m)}</p> })}
        </form>
    }
}

/// With the vault on, a typed key text is sealed first and stored sealed in the
/// same change: the readable text is never written.
fn store_key(
    data: DataCtx,
    editing: Option<u64>,
    mut fields: KeyFields,
    sealed: Option<SealedKey>,
) {
    if sealed.is_some() {
        fields.key.clear();
    }
    match editing {
        Some(id) => {
            let _ = data.record(Msg::ChangeKeySaved, Facts::EditKey { id, fields, sealed });
        }
        None => {
            let _ = data.record(Msg::ChangeKeyAdded, Facts::AddKey { fields, sealed });
        }
    }
}

/// `text` sealed in the vault, unless another key (locked texts opened to
/// compare) already has it.
async fn sealed_text(data: DataCtx, text: &str, editing: Option<u64>) -> Result<SealedKey, Msg> {
    match text_taken(data, text, editing).await {
        Ok(true) => Err(Msg::ErrDuplicate),
        Ok(false) => seal_new(data, text).await.map_err(|e| e.msg()),
        Err(e) => Err(e.msg()),
    }
}
