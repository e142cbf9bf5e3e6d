"""Pages (可视化装修): page documents, drafts and published revisions, data resolved server-side."""
