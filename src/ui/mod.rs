//! Components. Each view reads [`state::AppState`] from context and changes
//! the plan only through [`state::AppState::dispatch`].

mod about;
mod bulk_edit;
mod bulk_report;
mod bulletin;
mod chart;
mod checklist;
mod csv_export;
mod csv_import;
mod dashboard;
mod delete_panel;
mod edited;
mod fields;
mod finder;
mod focus;
mod form;
mod help;
mod history;
mod html;
mod ids;
mod import_preview;
mod indicators;
mod item_list;
mod keys;
mod ledger;
mod merge_view;
mod nav;
mod notices;
mod perf;
mod period_report;
mod plan_admin;
mod plans;
mod project_page;
mod projects;
mod setup;
pub mod state;
mod supervision;
mod task_filters;
mod task_form;
mod task_page;
mod task_table;
mod timeline;
mod toolbar;
mod units;
pub mod widgets;

use crate::route::Route;
use crate::ui::widgets::memo;
use crate::ui::widgets::{dynamic, on_window};
use crate::ui::widgets::{effect, tr};
use leptos::prelude::*;
use state::AppState;
use wasm_bindgen::JsCast;

/// Mount the app on `<body>`.
///
/// The plan last open is read whole from storage, the others only as the
/// list shows them. On a first visit (no plan stored) the sample plan is
/// read from the site's files first, then the app is mounted with it.
pub fn mount() {
    perf::mark("app-start");
    console_error_panic_hook::set_once();
    let stored = crate::storage::load_start(crate::storage::current_plan().as_ref());
    perf::mark("app-read");
    if stored.current.is_some() {
        start(stored, None);
    } else {
        // Leptos' executor starts with the mount: this one is the browser's.
        wasm_bindgen_futures::spawn_local(async move {
            let sample = state::shipped_sample(state::start_lang()).await;
            start(stored, Some(sample));
        });
    }
}

fn start(stored: crate::storage::Start, sample: Option<Result<crate::model::Plan, String>>) {
    leptos::mount::mount_to_body(move || App(AppProps { stored, sample }));
    perf::mark("app-drawn");
    // The page's loading word (index.html) goes once the app is on the page;
    // left in place, it tells that the app could not start.
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    // The first view is rendered; the benchmark reads when it is on screen.
    perf::measure_to_paint("app-start-to-painted", "app-start", "app-painted");
}

#[component]
fn App(
    stored: crate::storage::Start,
    sample: Option<Result<crate::model::Plan, String>>,
) -> impl IntoView {
    // Whether this is a first visit is read before the state stores the sample.
    help::provide_guide();
    let state = AppState::init(stored, sample);
    provide_context(state);
    plan_admin::provide_new_plan_dialog();
    keys::provide_panel();
    let _popstate = on_window("popstate", move |_| state.on_popstate());
    let _storage = on_window("storage", move |ev| {
        let ev: web_sys::StorageEvent = ev.unchecked_into();
        state.on_storage_event(ev.key(), ev.new_value())
    });
    // The keyboard shortcuts (a "g" waiting for its second key kept here).
    let waiting = StoredValue::new(false);
    let panel = keys::panel();
    let _keys = on_window("keydown", move |ev| {
        keys::on_key(state, waiting, panel, ev.unchecked_ref())
    });
    // A date pasted into a date field as the plan's document writes it.
    let _paste = on_window("paste", move |ev| fields::paste_date(state, ev));
    // Forms typed in are marked, for a switch of language to ask first.
    let _edited = edited::watch();
    // A save waiting for idle is written before the page goes away; a
    // journal of changes is folded into the stored plan once it is hidden.
    let _hide = on_window("pagehide", move |_| state.flush());
    let _hidden = on_window("visibilitychange", move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            state.compact();
        }
    });
    // A page is mounted again only when the page changes, not when its
    // query does: the task table and timeline read their filters from
    // `state.route`, so typing in the search box keeps its focus.
    let page = memo(move || page_of(&state.route.get()));
    // The window's title names the page, then the app (the page table's words).
    effect(move || {
        let t = state.t();
        let name = page.with(|r| r.page().name(t));
        document().set_title(&format!("{name} · {}", t.app_name));
    });
    let view = move || match page.get() {
        Route::Dashboard => view! { <dashboard::Dashboard /> }.into_any(),
        Route::Tasks(_) => view! { <task_table::TaskTable /> }.into_any(),
        Route::Task(id) => view! { <task_page::TaskPage id /> }.into_any(),
        Route::Timeline(..) => view! { <timeline::Timeline /> }.into_any(),
        Route::PeriodReport(_) => view! { <period_report::PeriodReport /> }.into_any(),
        Route::Bulletin(_) => view! { <bulletin::BulletinView /> }.into_any(),
        Route::Projects => view! { <projects::ProjectsView /> }.into_any(),
        Route::Project(id) => view! { <project_page::ProjectPage id /> }.into_any(),
        Route::Indicators => view! { <indicators::IndicatorsView /> }.into_any(),
        Route::Units => view! { <units::UnitsView /> }.into_any(),
        Route::BulkReport(unit) => view! { <bulk_report::BulkReport unit /> }.into_any(),
        Route::Setup => view! { <setup::SetupView /> }.into_any(),
        Route::Plans => view! { <plans::PlansView /> }.into_any(),
        Route::History => view! { <history::HistoryView /> }.into_any(),
        Route::Help => view! { <help::HelpView /> }.into_any(),
        Route::NewItem(source) => view! { <supervision::NewItem source /> }.into_any(),
        Route::Notice(id) => view! { <supervision::NoticePage id /> }.into_any(),
    };
    view! {
        <a class="skip" href="#main">{tr(|t| t.skip_to_content)}</a>
        <nav::Header />
        // Every part of the page is in a landmark: the notices and the
        // file panels open at the top of the main content.
        <main id="main" tabindex="-1">
            <notices::Notices />
            <about::UpdateNotice />
            <import_preview::ImportPreview />
            <merge_view::MergeView />
            <csv_import::CsvImport />
            <plan_admin::NewPlanDialog />
            <keys::ShortcutsPanel />
            {dynamic(view)}
        </main>
    }
}

/// The page a route shows, without the query the page reads for itself.
fn page_of(route: &Route) -> Route {
    match route {
        Route::Tasks(_) => Route::Tasks(Default::default()),
        Route::Timeline(..) => Route::Timeline(Default::default(), Default::default()),
        Route::PeriodReport(_) => Route::PeriodReport(None),
        Route::Bulletin(_) => Route::Bulletin(None),
        other => other.clone(),
    }
}
