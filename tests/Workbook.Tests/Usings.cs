global using Xunit;
global using Workbook;
