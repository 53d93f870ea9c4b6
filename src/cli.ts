// Placeholder entry point; the export issue turns it into `vankien export`.
process.stderr.write('vankien: not implemented yet\n');
process.exit(1);
