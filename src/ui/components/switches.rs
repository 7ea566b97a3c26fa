use leptos::prelude::*;

use crate::i18n::{Lang, Msg};
use crate::store::Theme;
use crate::ui::browser::catalog;
use crate::ui::state::use_ui;

/// Two buttons, 한국어 and English; the current language is pressed.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let ui = use_ui();
    // Another language's texts may first have to arrive (release bundle).
    let pick = move |lang: Lang| {
        if catalog::is_ready(lang) {
            ui.lang.set(lang);
        } else {
            leptos::task::spawn_local(async move {
                if catalog::ensure(lang).await {
                    ui.lang.set(lang);
                } else {
                    ui.problem.set(Some(Msg::LangUnavailable));
                }
            });
        }
    };
    let buttons = Lang::ALL.map(|lang| {
        view! {
            <button
                type="button"
                lang=lang.tag()
                aria-pressed=move || (ui.lang.get() == lang).to_string()
                on:click=move |_| pick(lang)
            >
                {lang.native_name()}
            </button>
        }
    });
    view! {
        <div class="lang-switch" role="group" aria-label=ui.t(Msg::Language)>
            {buttons}
        </div>
    }
}

fn theme_label(theme: Theme) -> Msg {
    match theme {
        Theme::System => Msg::ThemeSystem,
        Theme::Light => Msg::ThemeLight,
        Theme::Dark => Msg::ThemeDark,
    }
}

fn theme_value(theme: Theme) -> &'static str {
    theme.attr().unwrap_or("system")
}

/// A labelled select: system, light or dark.
#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let ui = use_ui();
    let options = Theme::ALL.map(|theme| {
        view! {
            <option value=theme_value(theme) selected=move || ui.theme.get() == theme>
                {ui.t(theme_label(theme))}
            </option>
        }
    });
    let on_change = move |ev| {
        let value = event_target_value(&ev);
        if let Some(theme) = Theme::ALL.into_iter().find(|t| theme_value(*t) == value) {
            ui.theme.set(theme);
        }
    };
    view! {
        <label class="theme-switch">
            <span>{ui.t(Msg::Theme)}</span>
            <select on:change=on_change prop:value=move || theme_value(ui.theme.get())>
                {options}
            </select>
        </label>
    }
}
