use leptos::prelude::*;

use super::Page;
use crate::i18n::Msg;
use crate::ui::components::{LangSwitch, PageFrame, ThemeSwitch};
use crate::ui::state::use_ui;

mod backup;
mod danger;
mod folder;
mod import_export;
mod keeping;
mod sheet;
mod vault;

use backup::BackupSection;
use danger::{ClearSection, SampleSection};
use folder::FolderSection;
pub use folder::folder_status;
use import_export::{CalendarSection, CsvSection, RecordsSection};
use keeping::KeepingSection;
use sheet::SheetSection;
use vault::VaultSection;

lazy_page! {
    /// Language and theme, backup and import, sample data, clearing everything.
    SettingsPage => settings_page
}

/// Loaded on first visit: see `docs/architecture.md`, "Lazy pages".
#[cfg_attr(feature = "split", lazy)]
async fn settings_page() -> AnyView {
    let ui = use_ui();
    // The day of the last backup file saved here: set by the backup card,
    // shown by the keeping card.
    let saved = RwSignal::new(crate::ui::state::with_backend(
        crate::store::prefs::last_saved,
    ));
    view! {
        <PageFrame page=Page::Settings>
            <div class="card">
                <h2>{ui.t(Msg::Appearance)}</h2>
                <div class="settings-row"><LangSwitch/></div>
                <div class="settings-row"><ThemeSwitch/></div>
            </div>
            <VaultSection/>
            <KeepingSection saved/>
            <FolderSection/>
            <BackupSection saved/>
            <CsvSection/>
            <SheetSection/>
            <RecordsSection/>
            <CalendarSection/>
            <SampleSection/>
            <ClearSection/>
        </PageFrame>
    }
    .into_any()
}
