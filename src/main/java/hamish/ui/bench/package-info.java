/** {@code hamish bench reader} and {@code hamish bench compare}, which need JavaFX; listed by {@link hamish.bench.BenchCommand}, used by nothing in ui. */
package hamish.ui.bench;
