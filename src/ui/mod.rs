//! Components. Each view reads [`state::AppState`] from context and changes
//! the plan only through [`state::AppState::dispatch`].

mod notices;
mod plan_view;
pub mod state;
mod task_form;
mod toolbar;

use leptos::prelude::*;
use state::AppState;

/// Mount the app on `<body>`.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    let state = AppState::init();
    provide_context(state);
    let t = move || state.t();
    view! {
        <a class="skip" href="#main">{move || t().skip_to_content}</a>
        <toolbar::Toolbar />
        <notices::Notices />
        <main id="main" tabindex="-1">
            <plan_view::PlanView />
        </main>
    }
}

/// The shared state; every component below `App` has it.
pub(crate) fn use_state() -> AppState {
    expect_context::<AppState>()
}
