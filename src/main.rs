fn main() {
    benefits_desk::ui::mount();
}
