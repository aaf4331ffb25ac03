// Every integration test file, imported once here so the web and desktop entries run the very same tests.
// Imported only after mocha has set up its globals (suite, test), which is why the entries `require` this lazily.
import './activation.test';
import './hover.test';
import './documentSymbols.test';
import './decorations.test';
import './largeDocuments.test';
