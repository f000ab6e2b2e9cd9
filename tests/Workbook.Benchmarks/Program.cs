using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Workbook.Benchmarks.CorpusBenchmarks).Assembly).Run(args);
