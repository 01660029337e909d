/**
 * Benchmarks ({@code hamish bench …}) and the synthetic Arabic text they and the tests run on. They may use
 * every layer, since they measure them; nothing outside the bench packages depends on them except
 * {@code hamish.cli.HamishCommand}, which registers {@link hamish.bench.BenchCommand}. No JavaFX here: the
 * reader's benchmark, which needs it, is in {@code hamish.ui.bench}.
 */
package hamish.bench;
