import { PageHeader } from '../../components/common.tsx';

export default function WorkshopsPage() {
  return <PageHeader title="WorkshopsPage" />;
}
