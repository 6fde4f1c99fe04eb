import { PageHeader } from '../../components/common.tsx';

export default function ImportExportPage() {
  return <PageHeader title="ImportExportPage" />;
}
