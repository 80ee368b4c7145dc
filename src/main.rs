fn main() {
    ontwikkelkaarten::start();
}
