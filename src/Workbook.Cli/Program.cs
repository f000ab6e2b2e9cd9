using Workbook.Cli;

return WorkbookCommand.Run(args, Console.Out, Console.Error);
