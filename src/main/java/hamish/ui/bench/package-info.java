/** {@code hamish bench reader}, which needs JavaFX; listed by {@link hamish.bench.BenchCommand}, used by nothing in ui. */
package hamish.ui.bench;
