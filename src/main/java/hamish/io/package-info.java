/**
 * Reading articles and tag sets from files. An article goes bytes → {@link hamish.io.TextDecoder}
 * (encoding, or a refusal naming the file) → {@link hamish.io.TextCanonicaliser} (the stored form all
 * offsets point into) → {@link hamish.io.ArticleParser} (metadata, stored text); {@link
 * hamish.io.ArticleFileReader} runs the chain for files and {@link hamish.io.SampleArticles} for the
 * bundled samples. Every user-facing failure is an {@link hamish.io.ImportException}.
 */
package hamish.io;
