using Workbook.Cli;

return await WorkbookCommand.RunAsync(args, Terminal.Console, CancellationToken.None);
