@{
    RootModule           = 'TencentChat.Admin.dll'
    ModuleVersion        = '0.1.0'
    CompatiblePSEditions = @('Desktop', 'Core')
    GUID                 = '5d0b6c1e-3f57-4a4e-9d8e-2b7c1f0a9e41'
    Author               = 'TencentChat.Admin contributors'
    CompanyName          = 'TencentChat.Admin contributors'
    Copyright            = '(c) 2026 TencentChat.Admin contributors. MIT License.'
    Description          = 'Administer a Tencent Cloud Chat app from PowerShell: list, search, organise, mark and clean up users'' conversations through the server REST API.'
    PowerShellVersion    = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess     = @('TencentChat.Admin.format.ps1xml')
    CmdletsToExport      = @(
        'Connect-ChatAdmin'
        'Disconnect-ChatAdmin'
        'Get-ChatConnection'
        'Get-ChatConversation'
        'Search-ChatContactGroup'
        'Remove-ChatConversation'
        'Set-ChatConversationMark'
        'Set-ChatConversation'
        'Set-ChatConversationPin'
        'Get-ChatContactGroup'
        'Get-ChatContactGroupMember'
        'New-ChatContactGroup'
        'Rename-ChatContactGroup'
        'Remove-ChatContactGroup'
        'Add-ChatContactGroupMember'
        'Remove-ChatContactGroupMember'
        'New-ChatUserSig'
        'ConvertFrom-ChatUserSig'
        'Test-ChatConnection'
        'Invoke-ChatApi'
        'Send-ChatMessage'
        'Get-ChatMessage'
        'Import-ChatMessage'
        'Remove-ChatMessage'
        'Set-ChatMessage'
        'Set-ChatMessageRead'
        'Get-ChatUnreadCount'
        'Get-ChatMessageArchive'
        'Save-ChatMessageArchive'
        'New-ChatAccount'
        'Test-ChatAccount'
        'Remove-ChatAccount'
        'Get-ChatOnlineStatus'
        'Disconnect-ChatUser'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        # What a gallery shows and the .nupkg's nuspec carries (build.ps1 -Task Package). The public repository is not
        # settled yet: ProjectUri and LicenseUri are the intended addresses; confirm them before the first publish.
        PSData = @{
            Tags         = @('TencentCloud', 'Chat', 'IM', 'TIM', 'Conversation', 'REST', 'Admin', 'PSEdition_Desktop', 'PSEdition_Core',
                'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/tencentchat-admin/TencentChat.Admin'
            LicenseUri   = 'https://github.com/tencentchat-admin/TencentChat.Admin/blob/main/LICENSE'
            ReleaseNotes = 'First release: list, search, group, mark and remove users'' conversations through the v4/recentcontact API; tab completion of conversation group and mark names; ISO 8601 time columns for CSV exports.'
        }
    }
}
