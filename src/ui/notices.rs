//! Messages above the page: storage problems, damaged data and the like.

use leptos::prelude::*;

use crate::web::download::download;

/// How serious a notice is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Something the user should know, nothing lost.
    Warning,
    /// Something went wrong with the user's data.
    Error,
}

/// One message, optionally with data to download.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    id: u32,
    level: Level,
    text: String,
    download: Option<(String, String)>,
    export: bool,
}

impl Notice {
    /// A calm warning.
    pub fn warning(text: impl Into<String>) -> Notice {
        Notice {
            id: 0,
            level: Level::Warning,
            text: text.into(),
            download: None,
            export: false,
        }
    }

    /// An error about the user's data.
    pub fn error(text: impl Into<String>) -> Notice {
        Notice {
            level: Level::Error,
            ..Notice::warning(text)
        }
    }

    /// Adds a button that exports everything (when saving fails).
    pub fn with_export(mut self) -> Notice {
        self.export = true;
        self
    }

    /// Adds a button that downloads `content` as `filename`.
    pub fn with_download(mut self, filename: impl Into<String>, content: String) -> Notice {
        self.download = Some((filename.into(), content));
        self
    }
}

/// The list of notices, shared through the store.
#[derive(Clone, Copy)]
pub struct Notices {
    list: RwSignal<Vec<Notice>>,
    next_id: StoredValue<u32>,
}

impl Notices {
    /// An empty list.
    pub fn new() -> Notices {
        Notices {
            list: RwSignal::new(Vec::new()),
            next_id: StoredValue::new(1),
        }
    }

    /// Shows a notice; an identical text already shown is not repeated.
    pub fn push(&self, mut notice: Notice) {
        if self
            .list
            .with_untracked(|l| l.iter().any(|n| n.text == notice.text))
        {
            return;
        }
        notice.id = self.next_id.get_value();
        self.next_id.set_value(notice.id + 1);
        self.list.update(|l| l.push(notice));
    }

    /// Hides a notice.
    pub fn dismiss(&self, id: u32) {
        self.list.update(|l| l.retain(|n| n.id != id));
    }
}

impl Default for Notices {
    fn default() -> Self {
        Notices::new()
    }
}

/// Renders the notices with their buttons.
#[component]
pub fn NoticeList<F>(
    /// The notices to show.
    notices: Notices,
    /// Exports everything (the button on notices made [`Notice::with_export`]).
    on_export: F,
) -> impl IntoView
where
    F: Fn() + Copy + Send + Sync + 'static,
{
    view! {
        <div class="notices" role="status" aria-live="polite">
            <For
                each=move || notices.list.get()
                key=|n| n.id
                children=move |n| {
                    let id = n.id;
                    let class = match n.level {
                        Level::Warning => "notice notice-warning",
                        Level::Error => "notice notice-error",
                    };
                    let download_button = n.download.map(|(name, content)| {
                        let failed = RwSignal::new(false);
                        view! {
                            <button
                                type="button"
                                class="button"
                                on:click=move |_| failed.set(!download(&name, "application/json", &content))
                            >
                                {tr!("Gegevens downloaden", "Download data")}
                            </button>
                            <Show when=move || failed.get()>
                                <p>{tr!("Downloaden lukt hier niet. Open de app in een eigen tabblad en probeer het opnieuw.", "Downloading doesn't work here. Open the app in a tab of its own and try again.")}</p>
                            </Show>
                        }
                    });
                    let export_button = n.export.then(|| view! {
                        <button type="button" class="button" on:click=move |_| on_export()>
                            {tr!("Alles exporteren", "Export everything")}
                        </button>
                    });
                    view! {
                        <div class=class>
                            <p>{n.text}</p>
                            <div class="notice-actions">
                                {download_button}
                                {export_button}
                                <button type="button" class="button button-quiet" on:click=move |_| notices.dismiss(id)>
                                    {tr!("Sluiten", "Close")}
                                </button>
                            </div>
                        </div>
                    }
                }
            />
        </div>
    }
}
